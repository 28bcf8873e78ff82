//! Reading one stored record (a CoP, the workspace settings) back from its JSON text.
//!
//! It goes through exactly the same typed, path-locating parse as an imported file
//! (`locate::typed` over a `serde_json::Value`). That is a deliberate size choice: every
//! `Deserialize` of the workspace types is compiled once per way of reading it, and a second
//! way (straight from text) cost about 4 % of the .wasm. It also makes a set-aside record's
//! reason say where the problem is (`assessments[0].consensus.integration: …`).

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::locate::typed;
use crate::text::Lang;

/// Parses `raw` as a `T`, or says (in English, for the set-aside list) what is wrong and where.
pub fn read_record<T: DeserializeOwned>(raw: &str) -> Result<T, String> {
    // From bytes, like an imported file: one JSON reader compiled, not two.
    let value: Value = serde_json::from_slice(raw.as_bytes())
        .map_err(|e| format!("not readable JSON at line {}, column {}", e.line(), e.column()))?;
    typed::<T>(&value, "").map_err(|p| p.message(Lang::En))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::community::Community;
    use crate::workspace::Workspace;

    #[test]
    fn a_stored_cop_reads_back() {
        let mut ws = Workspace::default();
        let fields = crate::CommunityFields { name: "Hidalgo".into(), country: "México".into(), ..Default::default() };
        ws.add_community("cop-1".into(), &fields, 1).unwrap();
        let raw = serde_json::to_string(&ws.communities[0]).unwrap();
        let back: Community = read_record(&raw).unwrap();
        assert_eq!(back, ws.communities[0]);
    }

    #[test]
    fn a_broken_record_says_where() {
        let err = read_record::<Community>("{\"id\": \"x\", \"name\": 3}").unwrap_err();
        assert!(err.starts_with("name: "), "{err}");
        let err = read_record::<Community>("{\"id\": ").unwrap_err();
        assert!(err.starts_with("not readable JSON at line 1"), "{err}");
    }
}
