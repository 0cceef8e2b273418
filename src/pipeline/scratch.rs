//! What a thread keeps from one document for the next: the folded text, the scan's lists
//! and the stages' working vectors, emptied but not freed.

use super::{organizations, persons};
use crate::gazetteer::Hits;
use crate::text::TextBuffers;
use std::cell::Cell;

/// The folded text, the scan's lists and the stages' working vectors of a thread's last
/// document, kept for its next one: the largest buffers of a document are then neither
/// allocated nor cold.
#[derive(Default)]
pub(super) struct Scratch {
    pub(super) text: TextBuffers,
    pub(super) hits: Hits,
    pub(super) buffers: Box<Buffers>,
}

/// The working vectors of the stages, emptied after each document but not freed: a stage
/// fills them again for the next one without allocating.
#[derive(Clone, Debug, Default)]
pub(super) struct Buffers {
    /// The bytes the mentions cover, for the persons ([`super::Mentions::overlap_bits_into`]).
    pub(super) overlaps: Vec<u64>,
    pub(super) organizations: organizations::Buffers,
    pub(super) persons: persons::Buffers,
}

impl Buffers {
    /// Roughly the bytes the buffers hold.
    pub(super) fn capacity(&self) -> usize {
        8 * self.overlaps.capacity() + self.organizations.capacity() + self.persons.capacity()
    }
}

/// `buffer` emptied, as a vector of another type of the same size (the words of the last
/// document's text as those of the next's): the standard library keeps its allocation.
#[inline]
pub(crate) fn recycled<T, U>(mut buffer: Vec<T>) -> Vec<U> {
    buffer.clear();
    buffer.into_iter().filter_map(|_| None).collect()
}

/// Buffers larger than this (those of documents of a megabyte or more) are not kept.
pub(super) const SCRATCH_KEPT: usize = 8 << 20;

thread_local! {
    pub(super) static SCRATCH: Cell<Option<Scratch>> = const { Cell::new(None) };
}
