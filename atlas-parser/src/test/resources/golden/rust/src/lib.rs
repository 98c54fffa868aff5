#![allow(dead_code)]
//! Storage primitives: caches, raw values and FFI helpers.

pub mod net;
mod util;

use std::{
    borrow::Cow,
    fmt::{self, Debug},
    marker::PhantomData,
};
use serde::{Deserialize, Serialize};

/** A raw 32-bit value seen as an integer or a float. */
#[repr(C)]
pub union Raw {
    pub int: u32,
    pub float: f32,
}

/// A key wrapper (tuple struct).
#[derive(Debug, Clone, Copy, Hash, PartialEq, Eq)]
pub struct Key(pub u64);

/// Marker type.
pub struct Marker;

/// A bounded cache.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Cache<'a, K, V: Clone> {
    /// Maximum number of entries.
    pub capacity: usize,
    entries: Vec<(K, Cow<'a, V>)>,
    #[serde(skip)]
    _marker: PhantomData<&'a ()>,
    r#type: Option<Kind>,
}

#[derive(Debug, Default)]
pub enum Kind {
    #[default]
    Lru,
    Fifo = 2,
}

impl<'a, K: PartialEq, V: Clone + Debug> Cache<'a, K, V> {
    /// An empty cache.
    pub const fn empty() -> Self {
        Cache { capacity: 0, entries: Vec::new(), _marker: PhantomData, r#type: None }
    }

    /// Inserts a value, evicting the oldest one when full.
    pub fn insert(&mut self, key: K, value: &'a V) -> Option<V> {
        fn evict<T>(v: &mut Vec<T>) -> Option<T> {
            if v.is_empty() { None } else { Some(v.remove(0)) }
        }
        let evicted = if self.entries.len() >= self.capacity {
            evict(&mut self.entries).map(|(_, v)| v.into_owned())
        } else {
            None
        };
        self.entries.push((key, Cow::Borrowed(value)));
        evicted
    }

    pub fn get(&self, key: &K) -> Option<&V> {
        self.entries.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_ref())
    }
}

impl<T: Into<u64>> From<T> for Key {
    fn from(v: T) -> Key {
        Key(v.into())
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "key#{}", self.0)
    }
}

extern "C" {
    /// Hashes a buffer in C.
    fn c_hash(data: *const u8, len: usize) -> u64;
    static C_VERSION: u32;
}

pub mod ffi {
    //! Safe wrappers.
    pub(in crate::ffi) mod raw {
        pub fn hash(data: &[u8]) -> u64 {
            unsafe { super::super::c_hash(data.as_ptr(), data.len()) }
        }
    }

    /// Hashes bytes into a key.
    pub fn key_of(data: &[u8]) -> super::Key {
        let h: u64 = raw::hash(data);
        super::Key::from(h)
    }
}

pub fn parse<T: std::str::FromStr>(s: &str) -> Option<T> {
    s.trim().parse::<T>().ok()
}
