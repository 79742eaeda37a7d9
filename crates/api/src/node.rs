//! `node(id:)` (Relay) from one list: each line declares a node type once, and the list makes
//! [`NodeType`] (the prefix inside global IDs), the `Node` interface and the read behind
//! `node(id:)`, so a type cannot be missing from any of them.

use async_graphql::{Context, ID, Interface};
use oversight_domain::{ArchiveEventId, RegionCode, TypedId};

use crate::archive::ArchiveEvent;
use crate::attachment::Attachment;
use crate::campaign::Campaign;
use crate::campaign::meeting::RectificationMeeting;
use crate::draw::Draw;
use crate::enforcement::counterfeit::CounterfeitCase;
use crate::enforcement::unlicensed::UnlicensedCase;
use crate::enterprise_report::PeriodicReport;
use crate::error::{ApiError, ResultExt, caller};
use crate::generated_report::GeneratedReport;
use crate::ids::parse_global_id;
use crate::linkage::LinkageNotice;
use crate::loaders::load;
use crate::patrol::plans::PatrolPlan;
use crate::patrol::{FollowUp, PatrolInspection, PatrolMeasure};
use crate::registry::authority::Authority;
use crate::registry::change_request::EnterpriseChangeRequest;
use crate::registry::enterprise::Enterprise;
use crate::registry::institution::{ApiKey, Institution};
use crate::registry::license::License;
use crate::registry::officer::Officer;
use crate::registry::region::Region;
use crate::responsibility::agreement::ResponsibilityAgreement;
use crate::responsibility::assignment::ResponsibilityAssignment;
use crate::responsibility::order::SupervisionOrder;
use crate::responsibility::record::ResponsibilityRecord;
use crate::responsibility::request::LowerTierRequest;
use crate::review::types::{AnnualReview, ReviewYear};
use crate::spot_check::SpotCheckImport;
use crate::testing::rectification::{Rectification, RevocationProposal};
use crate::testing::supervision::{Designation, ResultSubmission, TestingTask};

/// Declares the node types: `Type => loader` for a type read by its id loader, `Type by read`
/// for one read otherwise (`read(ctx, key)`).
macro_rules! nodes {
    (
        $($loaded:ident => $loader:ident,)*
        $(; $($other:ident by $read:ident,)*)?
    ) => {
        /// The object types that implement `Node`: each issues global IDs and is read back by
        /// `node(id:)`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum NodeType {
            $($loaded,)*
            $($($other,)*)?
        }

        impl NodeType {
            /// Every node type, in declaration order.
            pub const ALL: &'static [NodeType] = &[$(NodeType::$loaded,)* $($(NodeType::$other,)*)?];

            /// The GraphQL type name, also the prefix inside the type's global IDs.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(NodeType::$loaded => stringify!($loaded),)*
                    $($(NodeType::$other => stringify!($other),)*)?
                }
            }
        }

        /// An object with a global ID, fetchable with `node(id:)` (Relay).
        // One value lives per resolved `node` field and is answered at once; boxing the task
        // would only add an allocation to every node read.
        #[allow(clippy::large_enum_variant)]
        #[derive(Interface)]
        #[graphql(field(name = "id", ty = "ID", desc = "Opaque global ID."))]
        pub enum Node {
            $($loaded($loaded),)*
            $($($other($other),)*)?
        }

        /// The object a global ID names; null when it does not exist or is outside the caller's
        /// reach (each type read as its own queries read it).
        pub async fn read_node(ctx: &Context<'_>, id: &ID) -> async_graphql::Result<Option<Node>> {
            let (node_type, key) = parse_global_id(id)?;
            Ok(match node_type {
                $(NodeType::$loaded => {
                    load(ctx, |l| &l.$loader, TypedId::from_key(numeric(&key)?)).await?.map($loaded).map(Node::from)
                })*
                $($(NodeType::$other => $read(ctx, &key).await?,)*)?
            })
        }
    };
}

nodes! {
    Enterprise => enterprise,
    License => license,
    Authority => authority,
    Institution => institution,
    ApiKey => api_key,
    TestingTask => testing_task,
    Designation => designation,
    ResultSubmission => result_submission,
    Rectification => rectification,
    RevocationProposal => revocation_proposal,
    Officer => officer,
    EnterpriseChangeRequest => change_request,
    ReviewYear => review_year,
    AnnualReview => annual_review,
    Attachment => attachment,
    PatrolInspection => patrol_inspection,
    PatrolMeasure => patrol_measure,
    FollowUp => follow_up,
    PatrolPlan => patrol_plan,
    LinkageNotice => linkage_notice,
    Draw => draw,
    SpotCheckImport => spot_check_import,
    GeneratedReport => generated_report,
    UnlicensedCase => unlicensed_case,
    CounterfeitCase => counterfeit_case,
    SupervisionOrder => supervision_order,
    LowerTierRequest => lower_tier_request,
    ResponsibilityAssignment => responsibility_assignment,
    Campaign => campaign,
    ResponsibilityAgreement => responsibility_agreement,
    RectificationMeeting => rectification_meeting,
    ResponsibilityRecord => responsibility_record,
    PeriodicReport => periodic_report,
    ;
    ArchiveEvent by archive_event,
    Region by region,
}

impl NodeType {
    /// The node type whose name is `s`.
    pub(crate) fn parse(s: &str) -> Option<NodeType> {
        NodeType::ALL.iter().copied().find(|t| t.as_str() == s)
    }
}

fn numeric(key: &str) -> Result<i64, ApiError> {
    key.parse().map_err(|_| {
        ApiError::new(oversight_app::Code::InvalidId, "not an ID issued by this API").with_field("id")
    })
}

/// Archive events are read through the archive's own scope (no loader: `node` is their only
/// single read).
async fn archive_event(ctx: &Context<'_>, key: &str) -> async_graphql::Result<Option<Node>> {
    let (app, principal) = caller(ctx)?;
    let event = app.archive_event_by_id(principal, ArchiveEventId::new(numeric(key)?)).await.gql()?;
    Ok(event.map(ArchiveEvent).map(Node::from))
}

/// Regions are the GB/T 2260 table, public; a malformed code is no region.
async fn region(_: &Context<'_>, key: &str) -> async_graphql::Result<Option<Node>> {
    Ok(RegionCode::parse(key).ok().map(Region).map(Node::from))
}
