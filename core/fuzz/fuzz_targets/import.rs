//! Any bytes given to the importer: it must never panic, and a file it accepts must survive
//! export → import unchanged (what the app writes, it can read back).
#![no_main]

use libfuzzer_sys::fuzz_target;
use practica_core::exchange::{export_workspace, parse_import};

fuzz_target!(|data: &[u8]| {
    if let Ok(incoming) = parse_import(data) {
        let text = export_workspace(&incoming.workspace, "fuzz", "2025-01-01T00:00:00Z");
        match parse_import(text.as_bytes()) {
            Ok(again) => assert_eq!(again.workspace, incoming.workspace, "round trip changed it"),
            Err(e) => panic!("re-import of our own export failed: {e}"),
        }
    }
});
