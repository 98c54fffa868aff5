//! A small TCP server with pluggable handlers.

use std::collections::{HashMap, hash_map::Entry as MapEntry};
use std::io::{self, Read, Write};
use std::sync::{Arc, Mutex};
use crate::config::*;
use super::codec::Codec as FrameCodec;
pub use self::error::ServerError;
extern crate log as logging;

/// Default listening port.
pub const DEFAULT_PORT: u16 = 8080;
static mut CONNECTIONS: usize = 0;

/// Result type of this module.
pub type Result<T> = std::result::Result<T, ServerError>;

/// Handles one request.
pub trait Handler: Send + Sync + 'static {
    /// The response type.
    type Output;

    /// Handles a request.
    fn handle(&self, req: &Request) -> Result<Self::Output>;

    /// A name for logs; defaults to "handler".
    fn name(&self) -> &str {
        "handler"
    }
}

/// A parsed request.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Request {
    pub path: String,
    pub(crate) headers: HashMap<String, String>,
    body: Vec<u8>,
}

/// Server state.
pub(crate) enum State {
    Idle,
    Running { since: std::time::Instant, peers: usize },
    Failed(ServerError),
}

/// The server, generic over its handler.
pub struct Server<H: Handler> {
    handler: Arc<H>,
    routes: Mutex<HashMap<String, Box<dyn Handler<Output = String>>>>,
    state: State,
}

impl<H> Server<H>
where
    H: Handler,
{
    /// Creates a server.
    pub fn new(handler: H) -> Self {
        Server { handler: Arc::new(handler), routes: Mutex::new(HashMap::new()), state: State::Idle }
    }

    /// Serves one connection.
    pub async fn serve<S: Read + Write>(&mut self, stream: &mut S) -> io::Result<usize> {
        let mut buf: Vec<u8> = Vec::with_capacity(4096);
        let n = stream.read_to_end(&mut buf)?;
        let req = Request { path: parse_path(&buf), headers: HashMap::new(), body: buf };
        match self.handler.handle(&req) {
            Ok(_) => logging::info!("served {}", req.path),
            Err(e) => self.state = State::Failed(e),
        }
        unsafe { CONNECTIONS += 1; }
        Ok(n)
    }

    pub(super) fn route(&self, path: &str) -> Option<String> {
        let routes = self.routes.lock().unwrap();
        match routes.get(path) {
            Some(h) => h.handle(&Request::default()).ok(),
            None => None,
        }
    }
}

impl Default for Request {
    fn default() -> Self {
        Self { path: String::from("/"), headers: HashMap::new(), body: vec![] }
    }
}

impl<'a, H: Handler> std::fmt::Display for &'a Server<H> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "server({})", self.handler.name())
    }
}

fn parse_path(buf: &[u8]) -> String {
    let text = String::from_utf8_lossy(buf);
    text.split_whitespace().nth(1).map(str::to_owned).unwrap_or_default()
}

/// Registers a route.
#[macro_export]
macro_rules! route {
    ($server:expr, $path:literal => $handler:expr) => {
        $server.add($path, Box::new($handler))
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Echo;

    impl Handler for Echo {
        type Output = String;
        fn handle(&self, req: &Request) -> Result<String> {
            Ok(req.path.clone())
        }
    }

    #[test]
    fn serves_echo() {
        let server = Server::new(Echo);
        assert_eq!(server.route("/x"), None);
    }
}
