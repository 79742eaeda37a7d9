//! GB/T 2260 administrative divisions (行政区划) as GraphQL objects. They come from
//! the table embedded in `domain`, so resolving them costs no SQL.

use async_graphql::{Enum, Object};
use oversight_domain::registry::region::{self, RegionCode, RegionLevel};

use crate::ids::{NodeType, global_id};

/// Level of an administrative division.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(name = "RegionLevel")]
pub enum RegionLevelGql {
    /// The whole country (全国), code 000000.
    National,
    /// Province, autonomous region or municipality (省级).
    Province,
    /// Prefecture-level city (地级).
    City,
    /// County-level division (县级).
    County,
}

impl From<RegionLevelGql> for RegionLevel {
    fn from(level: RegionLevelGql) -> Self {
        match level {
            RegionLevelGql::National => RegionLevel::National,
            RegionLevelGql::Province => RegionLevel::Province,
            RegionLevelGql::City => RegionLevel::City,
            RegionLevelGql::County => RegionLevel::County,
        }
    }
}

impl From<RegionLevel> for RegionLevelGql {
    fn from(level: RegionLevel) -> Self {
        match level {
            RegionLevel::National => RegionLevelGql::National,
            RegionLevel::Province => RegionLevelGql::Province,
            RegionLevel::City => RegionLevelGql::City,
            RegionLevel::County => RegionLevelGql::County,
        }
    }
}

/// An administrative division of GB/T 2260 (行政区划). Jurisdiction follows the
/// code: a city authority at 320100 supervises every region whose code starts with 3201.
pub struct Region(pub RegionCode);

/// An administrative division of GB/T 2260 (行政区划). Jurisdiction follows the code: a city
/// authority at 320100 supervises every region whose code starts with 3201.
#[Object]
impl Region {
    /// Opaque global ID (Relay), for `node(id:)`.
    pub async fn id(&self) -> async_graphql::ID {
        global_id(NodeType::Region, self.0.as_str())
    }

    /// Six-digit code, e.g. "320102".
    async fn code(&self) -> &str {
        self.0.as_str()
    }

    /// Its name, e.g. 玄武区.
    async fn name(&self) -> &'static str {
        self.0.name()
    }

    /// Its level: nation, province, city or county.
    async fn level(&self) -> RegionLevelGql {
        self.0.level().into()
    }

    /// The prefix every code inside this region starts with ("" for the nation).
    async fn jurisdiction_prefix(&self) -> &str {
        self.0.jurisdiction_prefix()
    }

    /// The division directly above; null for the nation.
    async fn parent(&self) -> Option<Region> {
        self.0.parent().map(Region)
    }

    /// The divisions directly below, in code order.
    async fn children(&self) -> Vec<Region> {
        region::children(self.0).into_iter().map(|r| Region(r.code)).collect()
    }
}
