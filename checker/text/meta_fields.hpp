// The per-document fields (source, url, published, lang, title) as written in front matter
// and in the corpus manifest: one reader so both report the same errors at file:line:col.
#pragma once

#include <string>

#include <yaml-cpp/yaml.h>

#include "checker/text/document.hpp"

namespace crosscheck {

// Reads a map of fields into `meta`. Throws InputError at the offending node for a non-map,
// an unknown key, a non-string value or a `published` that is not a YYYY-MM-DD date.
// `line_offset` is the line of the YAML text's first line minus one; `what` names the place
// ("front matter", "manifest entry 'a.txt'").
void read_meta_fields(const std::string& path, const YAML::Node& node, int line_offset, const std::string& what,
                      DocumentMeta& meta);

}  // namespace crosscheck
