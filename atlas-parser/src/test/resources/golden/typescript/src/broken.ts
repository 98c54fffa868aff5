import { Logger } from './logger';

export interface Options {
  retries: number;
}

export class Client {
  constructor(private logger: Logger) {}

  send(msg: string): Promise<void> {
    this.logger.info(msg;
    return Promise.resolve();
  }

  close(: void {
  }
}

export function after(opts: Options): Client {
  return new Client(new Logger(opts));
}
