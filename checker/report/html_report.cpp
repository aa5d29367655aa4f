// The HTML report: one self-contained file an editor opens in any browser. The findings, the
// claims of their events and the summary are embedded as JSON; inline script renders them and
// filters without a network or any external asset. Every text from the corpus is inserted as
// text (textContent), never as markup.
#include <map>
#include <set>
#include <string>

#include "checker/report/report.hpp"

namespace crosscheck {

namespace {

using ordered_json = nlohmann::ordered_json;

// The embedded data is compact, as a report of thousands of findings must open in under a
// second: arrays instead of objects, and every repeated string (rule, path, source, sentence,
// event, property) once in a table that the arrays index.
class Strings {
 public:
  std::size_t operator()(const std::string& s) {
    const auto [it, added] = index_.emplace(s, table_.size());
    if (added) table_.push_back(s);
    return it->second;
  }
  ordered_json table() const { return table_; }

 private:
  std::map<std::string, std::size_t> index_;
  std::vector<std::string> table_;
};

// [path, source, line, column, text, sentence, label, value, property]: strings by index.
ordered_json location_data(const Location& l, Strings& str) {
  const nlohmann::json claim = l.claim.json();
  return ordered_json::array({str(l.path), str(l.source_id), l.begin.line, l.begin.column, l.text, str(l.snippet),
                              l.label, claim.contains("value") ? claim.at("value").dump() : std::string(),
                              str(claim.value("property", ""))});
}

ordered_json report_data(const ReportInput& input) {
  Strings str;
  ordered_json findings = ordered_json::array();
  for (const Finding& f : input.findings) {
    ordered_json locations = ordered_json::array();
    locations.push_back(location_data(f.primary, str));
    for (const Location& r : f.related) locations.push_back(location_data(r, str));
    ordered_json review = nullptr;
    if (f.status == FindingStatus::confirmed || f.status == FindingStatus::dismissed ||
        f.status == FindingStatus::fixed)
      review = ordered_json::array({f.review, f.review_comment, f.reviewer, f.review_date});
    // [rule, kind, level, message, event, status, fingerprint, locations, review]
    findings.push_back(ordered_json::array({str(f.rule), str(f.kind), str(std::string(to_string(f.level))), f.message,
                                            str(f.event), str(std::string(to_string(f.status))), f.fingerprint,
                                            std::move(locations), std::move(review)}));
  }
  ordered_json claims = ordered_json::array();
  for (const MatrixClaim& c : input.event_claims)  // [event, property, source, path, line, value]
    claims.push_back(ordered_json::array({str(c.event), str(c.property), str(c.source), str(c.path), c.line, c.value}));
  const ReportCounts counts = count_findings(input);
  return ordered_json{{"summary", summary_line(input)},  {"documents", input.documents},
                      {"failing", counts.failing},       {"strings", str.table()},
                      {"findings", std::move(findings)}, {"claims", std::move(claims)}};
}

// JSON inside <script>: "</" would end the element, and U+2028/2029 end a JS line in old engines.
std::string script_safe(std::string json) {
  std::string out;
  out.reserve(json.size());
  for (std::size_t i = 0; i < json.size(); ++i) {
    if (json[i] == '<' && i + 1 < json.size() && json[i + 1] == '/') {
      out += "<\\/";
      ++i;
    } else if (json.compare(i, 3, "\xE2\x80\xA8") == 0) {
      out += "\\u2028";
      i += 2;
    } else if (json.compare(i, 3, "\xE2\x80\xA9") == 0) {
      out += "\\u2029";
      i += 2;
    } else {
      out += json[i];
    }
  }
  return out;
}

const char* const page_head = R"html(<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:@CONNECT@">
<title>crosscheck report</title>
<style>
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1d2330;background:#f5f6f8}
header{background:#1d2330;color:#fff;padding:14px 24px}
header h1{font-size:18px;margin:0 0 4px}
header p{margin:0;opacity:.85;font-size:13px}
#filters{position:sticky;top:0;z-index:2;background:#fff;border-bottom:1px solid #dde1e7;padding:10px 24px;display:flex;gap:10px;flex-wrap:wrap;align-items:center}
#filters select,#filters input{font:inherit;padding:4px 6px;border:1px solid #c5cbd5;border-radius:4px}
#filters input{flex:1;min-width:180px}
#filters #f-source{flex:0 1 200px;min-width:120px}
#count{font-size:13px;color:#556}
main{padding:16px 24px}
section.event{background:#fff;border:1px solid #dde1e7;border-radius:6px;margin-bottom:18px;padding:12px 16px}
section.event>h2{font-size:16px;margin:0 0 8px}
table.matrix{border-collapse:collapse;margin:4px 0 12px;font-size:13px}
table.matrix th,table.matrix td{border:1px solid #dde1e7;padding:3px 8px;text-align:left;vertical-align:top}
table.matrix td.conflict{background:#fde2e1;font-weight:600}
article.finding{border-top:1px solid #eceef2;padding:10px 0}
article.finding h3{font-size:14px;margin:0 0 6px;font-weight:600}
.level{display:inline-block;border-radius:3px;padding:0 6px;margin-right:6px;font-size:12px;color:#fff;text-transform:uppercase}
.level.error{background:#c62828}.level.warning{background:#b7791f}.level.info{background:#2b6cb0}
.status{font-size:12px;color:#556;margin-left:6px}
.rule{font-family:ui-monospace,monospace;font-size:12px;color:#556;margin-left:6px}
.sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(280px,1fr));gap:10px}
.side{background:#f8f9fb;border:1px solid #e3e6eb;border-radius:4px;padding:8px 10px}
.side .where{font-size:12px;color:#556;margin-bottom:4px}
.side .value{font-size:12px;color:#334;margin-top:4px}
mark{background:#ffe58a;padding:0 1px}
.review{font-size:13px;margin-top:6px;color:#2f5132}
.explain{font-size:12px;color:#556}
.more{text-align:center;color:#556;font-size:13px;padding:8px}
.decide{margin-top:8px;display:flex;gap:6px;flex-wrap:wrap;align-items:center;font-size:13px}
.decide input,.decide select,.decide button{font:inherit;font-size:13px;padding:2px 6px}
.decide .saved{color:#2f5132}.decide .failed{color:#c62828}
[hidden]{display:none!important}
</style>
</head>
<body>
<header><h1>crosscheck report</h1><p id="summary"></p></header>
<div id="filters">
<select id="f-level" aria-label="level"><option value="">every level</option></select>
<select id="f-rule" aria-label="rule"><option value="">every rule</option></select>
<select id="f-status" aria-label="status"><option value="">every status</option></select>
<input id="f-source" type="search" placeholder="source" aria-label="source" list="sources">
<datalist id="sources"></datalist>
<input id="f-search" type="search" placeholder="search messages and quotes" aria-label="search">
<span id="count"></span>
</div>
<main id="events"></main>
<script id="data" type="application/json">)html";

const char* const page_tail = R"html(</script>
<script>
(function () {
  "use strict";
  var started = performance.now();
  var raw = JSON.parse(document.getElementById("data").textContent), S = raw.strings;
  // the compact arrays (see html_report.cpp) as objects
  function loc(a) {
    return {path: S[a[0]], source: S[a[1]], line: a[2], column: a[3], text: a[4], snippet: S[a[5]], label: a[6],
            value: a[7], property: S[a[8]]};
  }
  var data = {
    summary: raw.summary,
    findings: raw.findings.map(function (a) {
      return {rule: S[a[0]], kind: S[a[1]], level: S[a[2]], message: a[3], event: S[a[4]], status: S[a[5]],
              fingerprint: a[6], locations: a[7].map(loc),
              review: a[8] && {reason: a[8][0], comment: a[8][1], reviewer: a[8][2], date: a[8][3]}};
    }),
    claims: raw.claims.map(function (a) {
      return {event: S[a[0]], property: S[a[1]], source: S[a[2]], path: S[a[3]], line: a[4], value: a[5]};
    })
  };
  var parsed = performance.now();
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function isUrl(s) { return /^https?:\/\//.test(s || ""); }
  // The sentence with the claim marked: text nodes only, never markup from the corpus.
  function quote(loc) {
    var p = el("div", "quote");
    var s = loc.snippet || loc.text || "";
    var at = loc.text ? s.indexOf(loc.text) : -1;
    if (at < 0) { p.appendChild(el("mark", "", s)); return p; }
    p.appendChild(document.createTextNode(s.slice(0, at)));
    p.appendChild(el("mark", "", loc.text));
    p.appendChild(document.createTextNode(s.slice(at + loc.text.length)));
    return p;
  }
  function sourceLine(loc) {
    var w = el("div", "where");
    if (isUrl(loc.source)) {
      var a = el("a", "", loc.source);
      a.href = loc.source; a.rel = "noopener noreferrer"; a.target = "_blank";
      w.appendChild(a);
      w.appendChild(document.createTextNode(" \u2014 "));
    } else if (loc.source && loc.source !== loc.path) {
      w.appendChild(document.createTextNode(loc.source + " \u2014 "));
    }
    w.appendChild(document.createTextNode(loc.path + ":" + loc.line + ":" + loc.column));
    return w;
  }
  var sets = {level: {}, rule: {}, status: {}, source: {}};
  var byEvent = {}, order = [];
  data.findings.forEach(function (f, i) {
    var key = f.event || "(no event)";
    if (!byEvent[key]) { byEvent[key] = []; order.push(key); }
    byEvent[key].push(f);
    sets.level[f.level] = 1; sets.rule[f.rule] = 1; sets.status[f.status] = 1;
    f.sources = {};
    f.locations.forEach(function (l) { var s = l.source || l.path; f.sources[s] = 1; sets.source[s] = 1; });
    f.sourceText = Object.keys(f.sources).join("\n").toLowerCase();
    f.haystack = (f.message + " " + f.rule + " " + f.locations.map(function (l) {
      return l.snippet + " " + l.path + " " + l.source; }).join(" ")).toLowerCase();
  });
  var claimsByEvent = {};
  data.claims.forEach(function (c) { (claimsByEvent[c.event] = claimsByEvent[c.event] || []).push(c); });
  function matrix(event, findings) {
    var claims = claimsByEvent[event] || [];
    if (!claims.length) return null;
    var props = [], sources = [], cell = {};
    claims.forEach(function (c) {
      if (props.indexOf(c.property) < 0) props.push(c.property);
      if (sources.indexOf(c.source) < 0) sources.push(c.source);
      var k = c.source + "\u0000" + c.property;
      (cell[k] = cell[k] || []).push(c);
    });
    var conflict = {};
    findings.forEach(function (f) { f.locations.forEach(function (l) {
      conflict[(l.source || l.path) + "\u0000" + l.property + "\u0000" + l.path + ":" + l.line] = 1; }); });
    var t = el("table", "matrix"), head = el("tr");
    head.appendChild(el("th", "", "source"));
    props.forEach(function (p) { head.appendChild(el("th", "", p)); });
    t.appendChild(head);
    sources.forEach(function (s) {
      var row = el("tr");
      row.appendChild(el("th", "", s));
      props.forEach(function (p) {
        var list = cell[s + "\u0000" + p] || [];
        var td = el("td", "", list.map(function (c) { return c.value; }).join("; "));
        if (list.some(function (c) { return conflict[s + "\u0000" + p + "\u0000" + c.path + ":" + c.line]; }))
          td.className = "conflict";
        row.appendChild(td);
      });
      t.appendChild(row);
    });
    return t;
  }
  // Sections are built on demand, a page of events at a time as the reader scrolls: a report
  // of thousands of findings opens and filters as fast as one of ten.
  function renderFinding(f) {
    var a = el("article", "finding");
    a.dataset.fingerprint = f.fingerprint;
    var h = el("h3");
    h.appendChild(el("span", "level " + f.level, f.level));
    h.appendChild(document.createTextNode(f.message));
    h.appendChild(el("span", "rule", f.rule));
    h.appendChild(el("span", "status", f.status));
    a.appendChild(h);
    var sides = el("div", "sides");
    f.locations.forEach(function (l, i) {
      var side = el("div", "side");
      side.appendChild(sourceLine(l));
      side.appendChild(quote(l));
      // the label says what a conflicting claim says; a scalar value is shown as read
      var shown = l.value && l.value.charAt(0) !== "{" && l.value.charAt(0) !== "[" ? l.value.replace(/^"|"$/g, "") : "";
      var note = (i === 0 ? "" : l.label) || (shown ? l.property + ": " + shown : "");
      if (note) side.appendChild(el("div", "value", note));
      sides.appendChild(side);
    });
    a.appendChild(sides);
    if (f.review) {
      var r = f.review;
      a.appendChild(el("div", "review", "review: " + f.status + (r.reason ? " (" + r.reason + ")" : "") +
        (r.reviewer ? " by " + r.reviewer : "") + (r.date ? " on " + r.date : "") + (r.comment ? ": " + r.comment : "")));
    }
    if (window.crosscheckDecide) a.appendChild(window.crosscheckDecide(f));
    return a;
  }
  function renderEvent(event, shownFindings) {
    var sec = el("section", "event");
    sec.appendChild(el("h2", "", event));
    var m = matrix(event, byEvent[event]);
    if (m) sec.appendChild(m);
    shownFindings.forEach(function (f) { sec.appendChild(renderFinding(f)); });
    return sec;
  }
  var root = document.getElementById("events"), pageSize = 40, pending = [], sentinel = el("div", "more");
  function renderMore() {
    var batch = pending.splice(0, pageSize), frag = document.createDocumentFragment();
    batch.forEach(function (g) { frag.appendChild(renderEvent(g.event, g.findings)); });
    root.insertBefore(frag, sentinel);
    sentinel.textContent = pending.length ? "more below\u2026" : "";
  }
  var observer = "IntersectionObserver" in window ? new IntersectionObserver(function (entries) {
    if (entries.some(function (e) { return e.isIntersecting; }) && pending.length) renderMore();
  }, {rootMargin: "800px"}) : null;
  function fill(id, values) {
    var s = document.getElementById(id);
    Object.keys(values).sort().forEach(function (v) { var o = el("option", "", v); o.value = v; s.appendChild(o); });
  }
  fill("f-level", sets.level); fill("f-rule", sets.rule); fill("f-status", sets.status);
  // sources are offered for completion while there are few; any part of a name filters
  if (Object.keys(sets.source).length <= 300) fill("sources", sets.source);
  document.getElementById("summary").textContent = data.summary;
  function apply() {
    var lv = document.getElementById("f-level").value, ru = document.getElementById("f-rule").value,
        st = document.getElementById("f-status").value, so = document.getElementById("f-source").value.toLowerCase().trim(),
        q = document.getElementById("f-search").value.toLowerCase().trim(), shown = 0;
    pending = [];
    order.forEach(function (event) {
      var list = byEvent[event].filter(function (f) {
        return (!lv || f.level === lv) && (!ru || f.rule === ru) && (!st || f.status === st) &&
               (!so || f.sourceText.indexOf(so) >= 0) && (!q || f.haystack.indexOf(q) >= 0);
      });
      if (list.length) { pending.push({event: event, findings: list}); shown += list.length; }
    });
    root.textContent = "";
    root.appendChild(sentinel);
    renderMore();
    if (!observer) while (pending.length) renderMore();
    document.getElementById("count").textContent = shown + " of " + data.findings.length + " findings";
  }
  if (observer) observer.observe(sentinel);
  ["f-level", "f-rule", "f-status"].forEach(function (id) {
    document.getElementById(id).addEventListener("change", apply); });
  document.getElementById("f-source").addEventListener("input", apply);
  document.getElementById("f-search").addEventListener("input", apply);
  apply();
  // how long the data took to read and the first page to build (bench/html_report.mjs reads it)
  document.documentElement.dataset.parseMs = (parsed - started).toFixed(1);
  document.documentElement.dataset.renderMs = (performance.now() - parsed).toFixed(1);
})();
</script>
</body>
</html>
)html";

// The review app's controls: confirm or dismiss a finding with a reason and a comment; the
// decision is posted to the server that served the page, which writes the review file.
const char* const app_script = R"html(<script>
window.crosscheckDecide = function (f) {
  "use strict";
  function el(tag, text) { var e = document.createElement(tag); if (text) e.textContent = text; return e; }
  var box = el("div"); box.className = "decide";
  var reason = el("select");
  ["false-positive", "wont-fix", "needs-source"].forEach(function (r) { var o = el("option", r); o.value = r; reason.appendChild(o); });
  var comment = el("input"); comment.placeholder = "comment"; comment.setAttribute("aria-label", "comment");
  var state = el("span");
  function post(status) {
    var reviewer = localStorage.getItem("crosscheck-reviewer") || "";
    var body = {fingerprint: f.fingerprint, status: status, comment: comment.value, reviewer: reviewer};
    if (status === "dismissed") body.reason = reason.value;
    state.className = ""; state.textContent = "saving\u2026";
    fetch("/api/decision", {method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify(body)})
      .then(function (r) { return r.json().then(function (j) { if (!r.ok) throw new Error(j.error || r.status); return j; }); })
      .then(function () { state.className = "saved"; state.textContent = status; f.status = status; })
      .catch(function (e) { state.className = "failed"; state.textContent = "not saved: " + e.message; });
  }
  var confirm = el("button", "Confirm"); confirm.type = "button"; confirm.dataset.action = "confirm";
  confirm.addEventListener("click", function () { post("confirmed"); });
  var dismiss = el("button", "Dismiss"); dismiss.type = "button"; dismiss.dataset.action = "dismiss";
  dismiss.addEventListener("click", function () { post("dismissed"); });
  [confirm, dismiss, reason, comment, state].forEach(function (e) { box.appendChild(e); });
  return box;
};
</script>
)html";

}  // namespace

void write_html(std::ostream& out, const ReportInput& input, bool review_app) {
  std::string head = page_head;
  const auto at = head.find("@CONNECT@");
  head.replace(at, 9, review_app ? "; connect-src 'self'" : "");
  if (review_app) head.insert(head.find("<style>"), app_script);
  out << head << script_safe(report_data(input).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace))
      << page_tail;
}

}  // namespace crosscheck
