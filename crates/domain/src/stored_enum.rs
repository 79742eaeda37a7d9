//! `stored_enum!`: one declaration for an enum whose names are stored or shown, generating its
//! list, its stored text, its parser and `Display`, so a variant added without a stored name
//! does not compile and no list of variants is written twice.

/// Declares an enum with one stored name per variant:
///
/// ```
/// oversight_domain::stored_enum! {
///     /// Where a thing stands.
///     #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
///     pub enum Stage {
///         /// Not begun.
///         Draft = "DRAFT",
///         Done = "DONE",
///     }
/// }
/// assert_eq!(Stage::ALL, &[Stage::Draft, Stage::Done]);
/// assert_eq!(Stage::parse("DONE"), Some(Stage::Done));
/// assert_eq!(Stage::Draft.to_string(), "DRAFT");
/// ```
///
/// The caller writes the derives (at least `Clone, Copy`); the macro adds `ALL` (declaration
/// order), `as_str`, `parse` and `Display`. Stored names are never renamed once data holds them.
#[macro_export]
macro_rules! stored_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$variant_meta:meta])* $variant:ident = $text:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        $vis enum $name {
            $( $(#[$variant_meta])* $variant ),+
        }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stored (and shown) name.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }

            /// The variant with this stored name.
            pub fn parse(text: &str) -> Option<$name> {
                match text {
                    $($text => Some($name::$variant),)+
                    _ => None,
                }
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

#[cfg(test)]
mod tests {
    crate::stored_enum! {
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        enum Sample {
            First = "FIRST",
            Second = "SECOND",
        }
    }

    #[test]
    fn every_name_parses_back_to_its_variant() {
        for variant in Sample::ALL {
            assert_eq!(Sample::parse(variant.as_str()), Some(*variant));
            assert_eq!(variant.to_string(), variant.as_str());
        }
        assert_eq!(Sample::parse("first"), None);
        assert_eq!(Sample::ALL.len(), 2);
    }
}
