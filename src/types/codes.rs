//! Codes of states: ISO 3166-1 alpha-2 and alpha-3.

use std::fmt;

/// An ISO 3166-1 alpha-2 code, serialized as a two-letter string (`"KE"`).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CountryCode([u8; 2]);

/// An ISO 3166-1 alpha-3 code, serialized as a three-letter string (`"KEN"`).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Alpha3([u8; 3]);

macro_rules! code_type {
    ($name:ident, $len:literal, $what:literal) => {
        impl $name {
            /// Parses a code of upper-case ASCII letters.
            pub fn new(code: &str) -> Option<$name> {
                let bytes: [u8; $len] = code.as_bytes().try_into().ok()?;
                bytes
                    .iter()
                    .all(u8::is_ascii_uppercase)
                    .then_some($name(bytes))
            }

            /// The code as a string.
            pub fn as_str(&self) -> &str {
                // Only ASCII upper-case letters are ever stored.
                std::str::from_utf8(&self.0).unwrap_or("??")
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{:?}", self.as_str())
            }
        }

        #[cfg(feature = "serde")]
        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        #[cfg(feature = "serde")]
        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<$name, D::Error> {
                let s = <std::borrow::Cow<'_, str> as serde::Deserialize>::deserialize(d)?;
                $name::new(&s).ok_or_else(|| {
                    serde::de::Error::custom(format!(concat!("invalid ", $what, " {:?}"), s))
                })
            }
        }
    };
}

code_type!(CountryCode, 2, "ISO 3166-1 alpha-2 code");
code_type!(Alpha3, 3, "ISO 3166-1 alpha-3 code");
