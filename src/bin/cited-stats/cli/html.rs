//! HTML written by the command line: text escaped for attributes and content, and the iframe
//! snippet for a view, character for character as the explorer's "Embed this view" writes it
//! (`iframeSnippet` in www/explorer/snippets.js; tests/e2e/oembed.spec.mjs compares the two).

/// The iframe's height in the snippet, CSS px (the resizer then sets the page's own).
pub const IFRAME_HEIGHT: u32 = 480;

/// `text` safe inside a double-quoted HTML attribute value or element content (and as XML character
/// data or attribute value, for the download SVGs): the five characters
/// HTML gives a meaning written as entities, as the explorer's `escapeHtml` writes them.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            other => out.push(other),
        }
    }
    out
}

/// The iframe snippet for the view `query` (its canonical query string) on the site served from
/// `base` (an absolute URL ending in "/"), titled `title`: the iframe of embed.html, then the
/// resizer script as the build minifies it (`dist/resizer.js`).
pub fn iframe_snippet(base: &str, query: &str, title: &str) -> String {
    let src = if query.is_empty() {
        format!("{base}embed.html")
    } else {
        format!("{base}embed.html?{query}")
    };
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{IFRAME_HEIGHT}\" loading=\"lazy\"></iframe>\n<script src=\"{}\" defer></script>",
        escape_html(&src),
        escape_html(title),
        escape_html(&format!("{base}dist/resizer.js")),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_the_five_characters_and_writes_the_snippet() {
        assert_eq!(
            escape_html(r#"a&b<c>"d"'e'"#),
            "a&amp;b&lt;c&gt;&quot;d&quot;&#39;e&#39;"
        );
        assert_eq!(
            iframe_snippet("https://x.example/", "chart=bars&q=%22", "A \"view\" <b>"),
            "<iframe src=\"https://x.example/embed.html?chart=bars&amp;q=%22\" title=\"A &quot;view&quot; &lt;b&gt;\" width=\"100%\" height=\"480\" loading=\"lazy\"></iframe>\n<script src=\"https://x.example/dist/resizer.js\" defer></script>"
        );
        assert!(
            iframe_snippet("https://x.example/", "", "d")
                .starts_with("<iframe src=\"https://x.example/embed.html\" ")
        );
    }
}
