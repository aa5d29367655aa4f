#include "checker/cli/review_app.hpp"

#include <chrono>
#include <iostream>
#include <set>
#include <sstream>
#include <string>

#include <sys/socket.h>
#include <sys/time.h>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <nlohmann/json.hpp>

#include "checker/claims/claim.hpp"
#include "checker/findings/review.hpp"

namespace crosscheck::cli {

namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

constexpr std::size_t max_body = 64 * 1024;
constexpr std::size_t max_text = 4000;  // a comment or a name
constexpr int socket_timeout_seconds = 15;

// Only requests addressed to this machine by name: a page on another site cannot make the
// browser talk to the app through DNS rebinding, because its Host header names that site.
bool local_host(const std::string& host, unsigned short port) {
  const std::string p = ":" + std::to_string(port);
  return host == "127.0.0.1" || host == "localhost" || host == "127.0.0.1" + p || host == "localhost" + p;
}

struct App {
  const ReportInput& base;
  const ReviewAppOptions& options;
  unsigned short port = 0;
  std::set<std::string> fingerprints;

  http::response<http::string_body> reply(http::status status, const std::string& type, std::string body,
                                          unsigned version) const {
    http::response<http::string_body> res{status, version};
    res.set(http::field::content_type, type);
    res.set(http::field::cache_control, "no-store");
    res.set("X-Content-Type-Options", "nosniff");
    res.set("X-Frame-Options", "DENY");
    res.body() = std::move(body);
    res.prepare_payload();
    return res;
  }

  http::response<http::string_body> error(http::status status, const std::string& why, unsigned version) const {
    return reply(status, "application/json", nlohmann::json{{"error", why}}.dump(), version);
  }

  std::string page() const {
    ReportInput input = base;
    std::error_code ec;
    if (std::filesystem::exists(options.review_file, ec)) {
      input.review_used = true;
      input.stale_decisions = apply_review(input.findings, load_review(options.review_file));
    }
    std::ostringstream out;
    write_html(out, input, true);
    return out.str();
  }

  http::response<http::string_body> decide(const std::string& body, unsigned version) const {
    const auto j = nlohmann::json::parse(body, nullptr, false);
    if (j.is_discarded() || !j.is_object())
      return error(http::status::bad_request, "the body is not a JSON object", version);
    for (const auto& [key, value] : j.items()) {
      if (key != "fingerprint" && key != "status" && key != "reason" && key != "comment" && key != "reviewer")
        return error(http::status::bad_request, "unknown field '" + key + "'", version);
      if (!value.is_string()) return error(http::status::bad_request, "'" + key + "' must be a string", version);
      if (value.get<std::string>().size() > max_text)
        return error(http::status::bad_request, "'" + key + "' is too long", version);
    }
    ReviewDecision d;
    d.fingerprint = j.value("fingerprint", "");
    if (!fingerprints.count(d.fingerprint))
      return error(http::status::unprocessable_entity, "no finding has fingerprint '" + d.fingerprint + "'", version);
    const std::string status = j.value("status", "");
    const auto named = review_status_named(status);
    if (!named) return error(http::status::bad_request, "status must be confirmed, dismissed or fixed", version);
    d.status = *named;
    d.reason = j.value("reason", "");
    d.comment = j.value("comment", "");
    d.reviewer = j.value("reviewer", "");
    d.date = review_date_today();
    if (const std::string problem = review_decision_problem(d); !problem.empty())
      return error(http::status::bad_request, problem, version);
    set_review_decision(options.review_file, d);
    return reply(http::status::ok, "application/json",
                 nlohmann::json{{"fingerprint", d.fingerprint}, {"status", status}}.dump(), version);
  }

  http::response<http::string_body> handle(const http::request<http::string_body>& req) const {
    const unsigned v = req.version();
    if (!local_host(std::string(req[http::field::host]), port))
      return error(http::status::forbidden, "this app answers only requests for 127.0.0.1 or localhost", v);
    const std::string target(req.target());
    if (target == "/" && req.method() == http::verb::get)
      return reply(http::status::ok, "text/html; charset=utf-8", page(), v);
    if (target == "/api/decision") {
      if (req.method() != http::verb::post) return error(http::status::method_not_allowed, "POST a decision", v);
      return decide(req.body(), v);
    }
    // No other path: nothing under or outside the corpus is ever served.
    return error(http::status::not_found, "no such page", v);
  }

  void serve(tcp::socket socket) const {
    const timeval timeout{socket_timeout_seconds, 0};
    ::setsockopt(socket.native_handle(), SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    ::setsockopt(socket.native_handle(), SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
    beast::flat_buffer buffer;
    beast::error_code ec;
    for (;;) {
      http::request_parser<http::string_body> parser;
      parser.body_limit(max_body);
      parser.header_limit(16 * 1024);
      http::read(socket, buffer, parser, ec);
      if (ec) {
        if (ec == http::error::body_limit)
          http::write(socket, error(http::status::payload_too_large, "too large", 11), ec);
        return;
      }
      const auto& req = parser.get();
      http::response<http::string_body> res;
      try {
        res = handle(req);
      } catch (const std::exception& e) {
        res = error(http::status::internal_server_error, e.what(), req.version());
      }
      res.keep_alive(req.keep_alive());
      http::write(socket, res, ec);
      if (ec || !res.keep_alive()) return;
    }
  }
};

}  // namespace

int serve_review_app(const ReportInput& base, const ReviewAppOptions& options) {
  asio::io_context io;
  tcp::acceptor acceptor(io, tcp::endpoint(asio::ip::make_address("127.0.0.1"), options.port));
  App app{base, options, acceptor.local_endpoint().port(), {}};
  for (const Finding& f : base.findings) app.fingerprints.insert(f.fingerprint);
  std::cout << "review app: http://127.0.0.1:" << app.port << "/ (decisions go to " << options.review_file.string()
            << "; Ctrl-C stops it)" << std::endl;
  asio::thread_pool workers(options.threads == 0 ? 1 : options.threads);
  for (;;) {
    tcp::socket socket(io);
    beast::error_code ec;
    acceptor.accept(socket, ec);
    if (ec) continue;
    asio::post(workers,
               [&app, s = std::make_shared<tcp::socket>(std::move(socket))]() mutable { app.serve(std::move(*s)); });
  }
}

}  // namespace crosscheck::cli
