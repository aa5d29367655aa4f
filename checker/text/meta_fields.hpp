// The per-document fields (source, url, published, lang, title) as written in front matter
// and in the corpus manifest: one reader so both report the same errors at file:line:col.
#pragma once

#include <string>

#include <yaml-cpp/yaml.h>

#include "checker/text/document.hpp"

namespace crosscheck {

// Reads a map of fields into `meta`. Throws InputError at the offending node for a non-map.
// Strict (`lenient` null, a manifest the user writes): an unknown key, a non-string value or
// a `published` that is not a YYYY-MM-DD date is an InputError too. Lenient (front matter as
// scrapers and CMSs write it): those are warnings at file:line:col and the field is ignored;
// `published: unknown` or empty means no date, a date-time gives its day, and Hugo/Jekyll's
// `date:` stands in for a missing `published`.
// `line_offset` is the line of the YAML text's first line minus one; `what` names the place
// ("front matter", "manifest entry 'a.txt'").
void read_meta_fields(const std::string& path, const YAML::Node& node, int line_offset, const std::string& what,
                      DocumentMeta& meta, Warnings* lenient = nullptr);

}  // namespace crosscheck
