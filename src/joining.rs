//! Lists written as one text with a separator between each two items, by one small loop. The
//! standard library's `join` is generic over its items and its separator: the browser module held
//! two copies of it, about 1.3 kB, for lists of a few words.

/// `parts` with `separator` between each two (`["a", "b"]`, `", "` → `"a, b"`), as
/// `parts.join(separator)` writes them.
pub(crate) fn join<S: AsRef<str>>(parts: &[S], separator: &str) -> String {
    let mut joined = String::new();
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            joined.push_str(separator);
        }
        joined.push_str(part.as_ref());
    }
    joined
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_as_the_standard_library_does() {
        let lists: [&[&str]; 5] = [&[], &[""], &["a"], &["a", "b"], &["", "é", "", "x y"]];
        for parts in lists {
            for separator in ["", ", ", "&", "\n", " | "] {
                assert_eq!(join(parts, separator), parts.join(separator));
                let owned: Vec<String> = parts.iter().map(|p| p.to_string()).collect();
                assert_eq!(join(&owned, separator), owned.join(separator));
            }
        }
    }
}
