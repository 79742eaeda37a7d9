//! The mutation root. Each mutation is one use case in `app`: one transaction
//! that writes the fact and its archive event together.

use async_graphql::{Context, ID, InputObject, Object, SimpleObject};
use chrono::NaiveDate;
use oversight_app::{ChangeLicenseStatus, IssueLicense, RegisterEnterprise};
use oversight_domain::registry::enterprise::RawBaseData;

use crate::enums::{EnterpriseScaleGql, LicenseStatusGql};
use crate::error::ResultExt;
use crate::ids::{NodeType, parse_numeric_id};
use crate::registry::enterprise::Enterprise;
use crate::registry::license::License;

#[derive(Default)]
pub struct RegistryMutation;

/// A new enterprise and its base data (§二(一)).
#[derive(InputObject)]
pub struct RegisterEnterpriseInput {
    /// Unified social credit code (统一社会信用代码), 18 characters with check character.
    pub credit_code: String,
    /// Name as on the business license (营业执照).
    pub name: String,
    /// Six-digit GB/T 2260 code of the production site.
    pub region_code: String,
    /// Address of the production site.
    pub address: String,
    /// Size of the enterprise (企业规模).
    pub scale: EnterpriseScaleGql,
    /// Product varieties (品种) it makes.
    #[graphql(default)]
    pub products: Vec<String>,
    /// Production conditions (生产条件) as reported: premises, equipment, staff.
    #[graphql(default)]
    pub production_conditions: String,
    /// Inspection means (检验手段): the enterprise's own testing equipment and staff.
    #[graphql(default)]
    pub inspection_means: String,
    /// Technology and process (生产工艺).
    #[graphql(default)]
    pub process: String,
}

/// Changes to an enterprise's base data; absent fields stay as they are.
#[derive(InputObject)]
pub struct UpdateEnterpriseBaseDataInput {
    /// The enterprise to change.
    pub enterprise_id: ID,
    /// New name.
    pub name: Option<String>,
    /// New six-digit GB/T 2260 code of the production site.
    pub region_code: Option<String>,
    /// New address of the production site.
    pub address: Option<String>,
    /// New size (企业规模).
    pub scale: Option<EnterpriseScaleGql>,
    /// New list of product varieties (品种), replacing the old one.
    pub products: Option<Vec<String>>,
    /// New production conditions (生产条件).
    pub production_conditions: Option<String>,
    /// Inspection means (检验手段); an enterprise user asks through `requestEnterpriseChange`.
    pub inspection_means: Option<String>,
    /// Technology and process (生产工艺); an enterprise user asks through `requestEnterpriseChange`.
    pub process: Option<String>,
}

/// A license to issue, or an existing paper license to import.
#[derive(InputObject)]
pub struct IssueLicenseInput {
    /// The enterprise the license is issued to.
    pub enterprise_id: ID,
    /// e.g. "XK06-001-00042" or "(苏)XK06-001-00042".
    pub number: String,
    /// Industry code, e.g. "wire-cable".
    pub industry: String,
    /// Product unit (产品单元) covered.
    pub product_unit: String,
    /// Default: today (China). Never in the future.
    pub issued_on: Option<NaiveDate>,
    /// Default: five years from issue, less one day. Never later than that.
    pub expires_on: Option<NaiveDate>,
    /// True to enter an existing license (its archive event is dated on issue).
    #[graphql(default)]
    pub import: bool,
    /// Imports only: VALID (default) or SUSPENDED.
    pub status: Option<LicenseStatusGql>,
}

/// A status change with its reason (recorded on the copy and in the archive).
#[derive(InputObject)]
pub struct ChangeLicenseStatusInput {
    /// The license number, with or without province prefix.
    pub number: String,
    /// The new status.
    pub status: LicenseStatusGql,
    /// Why, as recorded on the license copy (副本) and in the archive.
    pub reason: String,
}

/// The enterprise a mutation registered or changed.
#[derive(SimpleObject)]
pub struct EnterprisePayload {
    /// The enterprise as it now stands.
    pub enterprise: Enterprise,
}

/// The license a mutation issued or changed.
#[derive(SimpleObject)]
pub struct LicensePayload {
    /// The license as it now stands.
    pub license: License,
}

/// Input of `recordLicenseExpiries`.
#[derive(InputObject, Default)]
pub struct RecordLicenseExpiriesInput {
    /// Licenses whose last valid day (`expiresOn`) is before this day are recorded EXPIRED.
    /// Default: the supervision calendar's today; never later than today.
    pub as_of: Option<NaiveDate>,
}

/// What one run of `recordLicenseExpiries` recorded.
#[derive(SimpleObject)]
pub struct RecordLicenseExpiriesPayload {
    /// The day the run looked from.
    pub as_of: NaiveDate,
    /// The licenses this run recorded EXPIRED (empty when there was nothing left to record).
    pub licenses: Vec<License>,
}

#[Object]
impl RegistryMutation {
    /// Enters a licensed enterprise into the registry and opens its quality archive.
    async fn register_enterprise(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The enterprise and its base data (§二(一)).")] input: RegisterEnterpriseInput,
    ) -> async_graphql::Result<EnterprisePayload> {
        let command = RegisterEnterprise {
            credit_code: input.credit_code,
            base: RawBaseData {
                name: Some(input.name),
                region_code: Some(input.region_code),
                address: Some(input.address),
                scale: Some(input.scale.into()),
                products: Some(input.products),
                production_conditions: Some(input.production_conditions),
                inspection_means: Some(input.inspection_means),
                process: Some(input.process),
            },
        };
        let (app, principal) = crate::error::caller(ctx)?;
        let record = app.register_enterprise(principal, command).await.gql_input("input")?;
        Ok(EnterprisePayload { enterprise: Enterprise(record) })
    }

    /// Updates base data (§二(一)): name, region, address, scale, products, conditions, inspection
    /// means, process. An enterprise user changes its name, production conditions, inspection
    /// means or process only through `requestEnterpriseChange` (CHANGE_REQUEST_REQUIRED).
    async fn update_enterprise_base_data(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The enterprise and the base data that change.")]
        input: UpdateEnterpriseBaseDataInput,
    ) -> async_graphql::Result<EnterprisePayload> {
        let id = parse_numeric_id(&input.enterprise_id, NodeType::Enterprise, "input.enterpriseId")?;
        let patch = RawBaseData {
            name: input.name,
            region_code: input.region_code,
            address: input.address,
            scale: input.scale.map(Into::into),
            products: input.products,
            production_conditions: input.production_conditions,
            inspection_means: input.inspection_means,
            process: input.process,
        };
        let (app, principal) = crate::error::caller(ctx)?;
        let record = app.update_enterprise_base_data(principal, id, patch).await.gql_input("input")?;
        Ok(EnterprisePayload { enterprise: Enterprise(record) })
    }

    /// Issues a production license (发证), or imports an existing one.
    async fn issue_license(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The license to issue (发证) or import.")] input: IssueLicenseInput,
    ) -> async_graphql::Result<LicensePayload> {
        let enterprise_id =
            parse_numeric_id(&input.enterprise_id, NodeType::Enterprise, "input.enterpriseId")?;
        let (app, principal) = crate::error::caller(ctx)?;
        let command = IssueLicense {
            enterprise_id,
            number: input.number,
            industry: input.industry,
            product_unit: input.product_unit,
            issued_on: input.issued_on.unwrap_or_else(|| app.today()),
            expires_on: input.expires_on,
            import: input.import,
            status: input.status.map(Into::into),
        };
        let record = app.issue_license(principal, command).await.gql_input("input")?;
        Ok(LicensePayload { license: License(record) })
    }

    /// Suspends (停产整顿), revokes (吊销), cancels (注销), expires or resumes a
    /// license. Illegal moves are refused with ILLEGAL_STATUS_TRANSITION; resuming production
    /// (SUSPENDED → VALID) needs a rectification closed since the suspension
    /// (RESUMPTION_WITHOUT_GROUNDS otherwise).
    async fn change_license_status(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The license, its new status and the reason.")] input: ChangeLicenseStatusInput,
    ) -> async_graphql::Result<LicensePayload> {
        let command =
            ChangeLicenseStatus { number: input.number, to: input.status.into(), reason: input.reason };
        let (app, principal) = crate::error::caller(ctx)?;
        let record = app.change_license_status(principal, command).await.gql_input("input")?;
        Ok(LicensePayload { license: License(record) })
    }

    /// Records the expiry (有效期届满) of every license in the caller's jurisdiction whose stored
    /// status is VALID or SUSPENDED and whose last valid day is before `asOf`: the stored status
    /// becomes EXPIRED, the copy (副本) gets a STATUS_CHANGED entry and the archive a
    /// LICENSE_EXPIRED event, in bulk, with one audit record naming the licenses. A license is
    /// shown EXPIRED from the day after its last valid day whether or not this ran; running it
    /// again records nothing and writes nothing. For provincial and national officers (and the
    /// platform, through `oversight licenses expire`).
    async fn record_license_expiries(
        &self,
        ctx: &Context<'_>,
        #[graphql(default, desc = "The day to look from; default today.")] input: RecordLicenseExpiriesInput,
    ) -> async_graphql::Result<RecordLicenseExpiriesPayload> {
        let (app, principal) = crate::error::caller(ctx)?;
        let recorded = app.record_license_expiries(principal, input.as_of).await.gql_input("input")?;
        Ok(RecordLicenseExpiriesPayload {
            as_of: recorded.as_of,
            licenses: recorded.licenses.into_iter().map(License).collect(),
        })
    }
}
