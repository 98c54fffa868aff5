// Type definitions for express-lite 1.2
/// <reference types="node" />

import { IncomingMessage, ServerResponse } from 'http';

declare function createApp(): createApp.Application;

declare namespace createApp {
    /** Next-callback of a middleware. */
    type NextFunction = (err?: any) => void;

    interface Request extends IncomingMessage {
        params: ParamsDictionary;
        get(name: string): string | undefined;
        is(type: string | string[]): string | false | null;
    }

    interface Response<Body = any> extends ServerResponse {
        status(code: number): this;
        json(body?: Body): this;
    }

    interface Application {
        (req: Request, res: Response, next?: NextFunction): void;
        new (options?: AppOptions): Application;
        use(...handlers: RequestHandler[]): this;
        listen(port: number, callback?: () => void): Server;
        readonly locals: Record<string, unknown>;
    }

    type RequestHandler = (req: Request, res: Response, next: NextFunction) => void;

    const version: string;
    let settings: { [key: string]: any };

    class Router {
        constructor(options?: RouterOptions);
        route(path: string): Route;
        private stack;
    }

    enum Method { GET = 'get', POST = 'post' }
}

declare module 'express-lite/plugins' {
    export function register(name: string, plugin: Plugin): void;
    export interface Plugin {
        name: string;
        install(app: createApp.Application): void;
    }
}

declare global {
    namespace Express {
        interface User { id: string }
    }
    var __APP__: createApp.Application;
}

export = createApp;
