//! Ending a designation early and handing it to another institution from a date in GraphQL
//! (issue 11 item 16, ADR 0009 decision 22): the unified testing institution (统一承检机构) of an
//! industry and province changes without two institutions ever sharing a day.

use async_graphql::{Context, ID, InputObject, Object, SimpleObject};
use chrono::NaiveDate;

use crate::error::{ResultExt, caller};
use crate::ids::{NodeType, parse_numeric_id};
use crate::testing::supervision::{Designation, DesignationPayload};

/// The early end of a designation (指定终止 early end).
#[derive(InputObject)]
pub struct EndDesignationInput {
    /// The designation.
    pub designation_id: ID,
    /// Its new last day: today or later, not before its first day, and before the day it
    /// would have ended (DESIGNATION_END_OUT_OF_RANGE otherwise).
    pub ends_on: NaiveDate,
    /// Why it ends, 2 to 500 characters; audited.
    pub reason: String,
}

/// The replacement of a designation's institution from a date (更换承检机构 replacement).
#[derive(InputObject)]
pub struct ReplaceDesignationInput {
    /// The designation replaced; it ends the day before `from`.
    pub designation_id: ID,
    /// The replacement's first day: after today (the day before it, the old one's last, is not
    /// in the past), after the old one's first day and not after its last.
    pub from: NaiveDate,
    /// The institution designated from `from` to the old designation's last day: another one,
    /// seated in the province or a national testing centre, active and accredited for the
    /// industry over that period.
    pub institution_id: ID,
    /// Why the institution changes, 2 to 500 characters; audited.
    pub reason: String,
}

/// The two designations of a replacement.
#[derive(SimpleObject)]
pub struct ReplaceDesignationPayload {
    /// The designation replaced, ending the day before the replacement starts.
    pub ended: Designation,
    /// The new designation, from `from` to the old one's last day.
    pub replacement: Designation,
}

#[derive(Default)]
pub struct DesignationChangeMutation;

#[Object]
impl DesignationChangeMutation {
    /// Ends a designation early (provincial and national officers, for a region in their
    /// jurisdiction): from the day after `endsOn`, samples of its region find no designation
    /// until another is made. Open tasks stay with the institution that has them; move them
    /// with `reassignTestingTask` if they should not.
    async fn end_designation(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The designation, its new last day and why it ends early.")]
        input: EndDesignationInput,
    ) -> async_graphql::Result<DesignationPayload> {
        let id = parse_numeric_id(&input.designation_id, NodeType::Designation, "input.designationId")?;
        let (app, principal) = caller(ctx)?;
        let record =
            app.end_designation(principal, id, input.ends_on, &input.reason).await.gql_input("input")?;
        Ok(DesignationPayload { designation: Designation(record) })
    }

    /// Hands a designation to another institution from a date (provincial and national
    /// officers): the designation ends the day before `from`, and the new institution is
    /// designated for the same industry and region from `from` to its last day. Tasks sampled
    /// from `from` on go to the new institution; open tasks stay with the institution that has
    /// them (move them with `reassignTestingTask`, with a reason, if they should not).
    async fn replace_designation(
        &self,
        ctx: &Context<'_>,
        #[graphql(
            desc = "The designation, the day the new institution takes over, the institution and why."
        )]
        input: ReplaceDesignationInput,
    ) -> async_graphql::Result<ReplaceDesignationPayload> {
        let id = parse_numeric_id(&input.designation_id, NodeType::Designation, "input.designationId")?;
        let institution_id =
            parse_numeric_id(&input.institution_id, NodeType::Institution, "input.institutionId")?;
        let (app, principal) = caller(ctx)?;
        let (ended, replacement) = app
            .replace_designation(principal, id, input.from, institution_id, &input.reason)
            .await
            .gql_input("input")?;
        Ok(ReplaceDesignationPayload { ended: Designation(ended), replacement: Designation(replacement) })
    }
}
