// HTTP client built on the socket layer.
#include "net/http_client.hpp"

#include <chrono>
#include <sstream>

#include "net/socket.hpp"
#include "util/log.hpp"

using namespace std::chrono_literals;
using util::Logger;

namespace net {
namespace {

constexpr int kMaxRedirects = 5;

// Splits "host:port"; the port defaults to 80.
std::pair<std::string, int> split_host(const std::string& hostport) {
  auto colon = hostport.find(':');
  if (colon == std::string::npos) return {hostport, 80};
  return {hostport.substr(0, colon), std::stoi(hostport.substr(colon + 1))};
}

}  // namespace

/// Creates a client with its own connection pool.
HttpClient::HttpClient(Options options)
    : options_(std::move(options)), pool_(new ConnectionPool(options_.max_connections)) {
  Logger::get("http")->info("client created");
}

HttpClient::~HttpClient() {
  delete pool_;
}

Response HttpClient::get(const std::string& url) {
  Request request(Method::Get, url);
  request.set_header("Accept", "*/*");
  return send(request);
}

Response HttpClient::send(Request& request, int redirects) {
  auto [host, port] = split_host(request.host());
  Socket* socket = pool_->acquire(host, port);
  if (socket == nullptr) {
    throw HttpError("no connection to " + host);
  }
  std::ostringstream out;
  request.write(out);
  socket->write(out.str());
  Response response = Response::parse(socket->read_all(options_.timeout));
  pool_->release(socket);
  if (response.is_redirect() && redirects < kMaxRedirects) {
    request.set_url(response.header("Location"));
    return this->send(request, redirects + 1);
  }
  return response;
}

bool operator==(const Response& a, const Response& b) {
  return a.status() == b.status() && a.body() == b.body();
}

namespace detail {

template <typename Fn>
auto with_retry(Fn&& fn, int attempts) -> decltype(fn()) {
  for (int i = 1; i < attempts; ++i) {
    try {
      return fn();
    } catch (const HttpError& e) {
      std::this_thread::sleep_for(100ms * i);
    }
  }
  return fn();
}

}  // namespace detail

Response HttpClient::get_with_retry(const std::string& url) {
  auto call = [this, &url]() { return get(url); };
  return detail::with_retry(call, options_.retries);
}

}  // namespace net

int main(int argc, char** argv) {
  net::HttpClient client{net::Options{}};
  auto response = client.get(argc > 1 ? argv[1] : "http://localhost/");
  std::cout << response.body() << std::endl;
  return response.ok() ? 0 : 1;
}
