//! `slugs!`: the names an enum has in data files, exports and URLs, with parsing, the list of
//! accepted names for error messages, and `Display`. One definition for every such enum.

/// Implements `ALL`, `slug`, `from_slug`, `expected` and `Display` for a fieldless enum.
macro_rules! slugs {
    ($ty:ty, $( $variant:ident = $slug:literal ),+ $(,)?) => {
        impl $ty {
            /// Every value, in declaration order.
            pub const ALL: &'static [$ty] = &[$( <$ty>::$variant ),+];

            /// The name used in data files, exports and URLs.
            pub fn slug(self) -> &'static str {
                match self { $( <$ty>::$variant => $slug ),+ }
            }

            /// Reads a slug.
            pub fn from_slug(slug: &str) -> Option<$ty> {
                match slug { $( $slug => Some(<$ty>::$variant), )+ _ => None }
            }

            /// The accepted slugs, for error messages: "one of (a, b, c)".
            pub fn expected() -> String {
                let all: Vec<&str> = Self::ALL.iter().map(|v| v.slug()).collect();
                format!("one of ({})", $crate::joining::join(&all, ", "))
            }
        }

        impl std::fmt::Display for $ty {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.slug())
            }
        }
    };
}
