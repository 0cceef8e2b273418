//! Detaching results from the input: every type that may borrow the input has a copy that does
//! not, written once by the macros here.

use crate::types::{Alpha3, CountryCode, DateValue, PlaceKind, TitleKind};
use std::borrow::Cow;
use std::sync::Arc;

/// A value that may borrow the input, and its copy that does not.
pub(crate) trait Detach {
    /// The same value, borrowing nothing.
    type Owned;
    /// Detaches the value from the input text.
    fn detach(self) -> Self::Owned;
}

impl Detach for Cow<'_, str> {
    type Owned = Cow<'static, str>;
    fn detach(self) -> Cow<'static, str> {
        Cow::Owned(self.into_owned())
    }
}

impl<T: Detach> Detach for Option<T> {
    type Owned = Option<T::Owned>;
    fn detach(self) -> Option<T::Owned> {
        self.map(T::detach)
    }
}

impl<T: Detach> Detach for Vec<T> {
    type Owned = Vec<T::Owned>;
    fn detach(self) -> Vec<T::Owned> {
        self.into_iter().map(T::detach).collect()
    }
}

/// Types that borrow nothing.
macro_rules! detached {
    ($($ty:ty),*) => {
        $(impl Detach for $ty {
            type Owned = $ty;
            fn detach(self) -> $ty {
                self
            }
        })*
    };
}
detached!(
    usize,
    bool,
    f32,
    Arc<str>,
    CountryCode,
    Alpha3,
    DateValue,
    PlaceKind,
    TitleKind
);

/// What every mention type has: its span, and the copy of it that borrows nothing.
macro_rules! mention_common {
    ($ty:ident { $($field:ident),* }) => {
        impl<'h> $ty<'h> {
            /// The mention's byte span in the input.
            pub fn span(&self) -> Span {
                Span::new(self.start, self.end)
            }

            /// Detaches the mention from the input text.
            pub fn into_owned(self) -> $ty<'static> {
                Detach::detach(self)
            }
        }

        impl<'h> Detach for $ty<'h> {
            type Owned = $ty<'static>;
            fn detach(self) -> $ty<'static> {
                $ty {
                    text: Detach::detach(self.text),
                    start: self.start,
                    end: self.end,
                    $($field: Detach::detach(self.$field),)*
                }
            }
        }
    };
}

/// Detaching for the types that are not mentions: every field detached.
macro_rules! detach_fields {
    ($ty:ident { $($field:ident),* }) => {
        impl $ty<'_> {
            /// Detaches the value from the input text.
            pub fn into_owned(self) -> $ty<'static> {
                Detach::detach(self)
            }
        }

        impl<'h> Detach for $ty<'h> {
            type Owned = $ty<'static>;
            fn detach(self) -> $ty<'static> {
                $ty { $($field: Detach::detach(self.$field),)* }
            }
        }
    };
}

/// Declares a mention type: the text, start and end every mention has (with their docs), then
/// its own fields, and [`mention_common!`] for it.
macro_rules! mention {
    (
        $(#[$attr:meta])*
        pub struct $name:ident<'h> {
            text: $text_doc:literal,
            $($(#[$field_attr:meta])* pub $field:ident: $ty:ty,)*
        }
    ) => {
        $(#[$attr])*
        pub struct $name<'h> {
            #[doc = $text_doc]
            #[cfg_attr(feature = "serde", serde(borrow))]
            pub text: Cow<'h, str>,
            /// Byte offset of its start in the input.
            pub start: usize,
            /// Byte offset of its end in the input.
            pub end: usize,
            $($(#[$field_attr])* pub $field: $ty,)*
        }
        mention_common!($name { $($field),* });
    };
}
