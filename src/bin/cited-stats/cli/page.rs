//! Puts a generated block into a page (`--in-page FILE` of `cited-stats jsonld` and `cited-stats
//! noscript`): the JSON-LD element in place of the page's own (or last in its `<head>`), the
//! `<noscript>` block in place of the one that opens its `<body>` (or first in it). The rest of the
//! page is left byte for byte as it was.

use std::path::Path;
use std::process::ExitCode;

use super::output::{exit_code, write_file, write_to};

/// Which block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Block {
    /// `<script type="application/ld+json">` in `<head>`.
    JsonLd,
    /// `<noscript>` right after `<body>`.
    Noscript,
}

/// Writes `block` (the text of `which`) to `output` or standard output, or into the page `page`.
pub fn run(which: Block, block: &str, output: Option<&Path>, page: Option<&Path>) -> ExitCode {
    let Some(page) = page else {
        return exit_code(write_to(output, block.as_bytes()));
    };
    let placed = std::fs::read_to_string(page)
        .map_err(|e| format!("cannot read {}: {e}", page.display()))
        .and_then(|text| {
            place(which, &text, block).map_err(|e| format!("{}: {e}", page.display()))
        });
    match placed {
        Ok(text) => exit_code(write_file(page, text.as_bytes())),
        Err(message) => {
            eprintln!("cited-stats: {message}");
            ExitCode::FAILURE
        }
    }
}

/// `page` with `block` in its place.
pub fn place(which: Block, page: &str, block: &str) -> Result<String, String> {
    let (start, end) = match which {
        Block::JsonLd => match page.find("<script type=\"application/ld+json\">") {
            Some(at) => {
                let close = page[at..]
                    .find("</script>")
                    .map(|i| at + i)
                    .ok_or("its JSON-LD <script> is never closed")?;
                (line_start(page, at), line_end(page, close))
            }
            None => {
                let head = page.find("</head>").ok_or("it has no </head>")?;
                let at = line_start(page, head);
                (at, at)
            }
        },
        Block::Noscript => {
            let body = page.find("<body").ok_or("it has no <body>")?;
            let open = page[body..]
                .find('>')
                .map(|i| line_end(page, body + i))
                .ok_or("its <body> tag is never closed")?;
            if page[open..].trim_start().starts_with("<noscript>") {
                let close = page[open..]
                    .find("</noscript>")
                    .map(|i| open + i)
                    .ok_or("its <noscript> is never closed")?;
                (open, line_end(page, close))
            } else {
                (open, open)
            }
        }
    };
    Ok(format!("{}{block}{}", &page[..start], &page[end..]))
}

/// Where the line holding byte `at` starts.
fn line_start(text: &str, at: usize) -> usize {
    text[..at].rfind('\n').map_or(0, |i| i + 1)
}

/// Where the line holding byte `at` ends, after its newline.
fn line_end(text: &str, at: usize) -> usize {
    text[at..].find('\n').map_or(text.len(), |i| at + i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<html>\n<head>\n  <title>t</title>\n</head>\n<body class=\"x\">\n  <main></main>\n</body>\n</html>\n";

    #[test]
    fn puts_each_block_in_place_and_replaces_it_the_next_time() {
        let ld = "  <script type=\"application/ld+json\">\n  {}\n  </script>\n";
        let no = "  <noscript>\n    <p>a</p>\n  </noscript>\n";
        let once = place(Block::JsonLd, PAGE, ld).unwrap();
        let once = place(Block::Noscript, &once, no).unwrap();
        assert_eq!(
            once,
            format!(
                "<html>\n<head>\n  <title>t</title>\n{ld}</head>\n<body class=\"x\">\n{no}  <main></main>\n</body>\n</html>\n"
            )
        );
        let (ld2, no2) = (ld.replace("{}", "{\"a\": 1}"), no.replace('a', "b"));
        let twice = place(Block::JsonLd, &once, &ld2).unwrap();
        let twice = place(Block::Noscript, &twice, &no2).unwrap();
        assert_eq!(twice, once.replace(ld, &ld2).replace(no, &no2));
        assert_eq!(place(Block::Noscript, &twice, &no2).unwrap(), twice);
    }

    #[test]
    fn names_a_page_it_cannot_place_a_block_in() {
        assert_eq!(
            place(Block::JsonLd, "<p>", "x").unwrap_err(),
            "it has no </head>"
        );
        assert_eq!(
            place(Block::Noscript, "<p>", "x").unwrap_err(),
            "it has no <body>"
        );
    }
}
