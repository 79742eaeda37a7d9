//! Spot-check results import (监督抽查结果导入 spot-check import, docs/adr/0029):
//! `importSpotCheckResults` (a GraphQL multipart request: the file arrives as an `Upload`), the
//! `SpotCheckImport` node with its rows, and `spotCheckImports`.

use std::io::Read;

use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject, Upload};
use chrono::{DateTime, NaiveDate, Utc};
use oversight_app::{
    CampaignInput, ImportOutcome, MAX_SPOT_CHECK_FILE_BYTES, SpotCheckImportRecord, SpotCheckRowRecord,
};
use oversight_domain::SpotCheckImportId;
use oversight_domain::spot_check::{CampaignLevel, Conclusion, Problem, ProblemCode};

use crate::enums::mirror;
use crate::error::{ResultExt, caller};
use crate::ids::{NodeType, global_id, id_cursor, parse_id_cursor};
use crate::linkage::LinkageNotice;
use crate::loaders::load;
use crate::page::{Connection, connection, page_request};
use crate::registry::authority::Authority;
use crate::registry::enterprise::Enterprise;
use crate::registry::license::License;

mirror! {
    /// Who ran a spot-check campaign (抽查层级 campaign level).
    CampaignLevelGql as "SpotCheckCampaignLevel" <=> CampaignLevel {
        /// 国家监督抽查: imported by the national authority; failures notified to the provinces.
        National,
        /// 省级监督抽查: imported by a provincial authority; failures notified to its cities.
        Provincial,
    }
}

mirror! {
    /// A result's conclusion (检验结论 conclusion).
    ConclusionGql as "SpotCheckConclusion" <=> Conclusion {
        /// 合格: passed.
        Pass,
        /// 不合格: failed.
        Fail,
    }
}

mirror! {
    /// Why a cell, a row or the file of an import is refused.
    ProblemCodeGql as "SpotCheckProblemCode" <=> ProblemCode {
        /// Neither a UTF-8 CSV nor an XLSX workbook.
        UnreadableFile,
        /// No data row.
        NoRows,
        /// More rows than one import takes.
        TooManyRows,
        /// A template column is missing from the header row.
        MissingColumn,
        /// A column appears twice in the header row.
        DuplicateColumn,
        /// A required cell is empty.
        MissingValue,
        /// Not a valid unified social credit code (check character included).
        InvalidCreditCode,
        /// Not a production license number.
        InvalidLicenseNumber,
        /// Not a date, outside the campaign's period, or after today.
        InvalidDate,
        /// Neither 合格 nor 不合格 (PASS / FAIL).
        InvalidConclusion,
        /// Failed items listed for a passing result.
        FailedItemsOnPass,
        /// A text cell too long or with control characters.
        InvalidText,
        /// The same license, product, model and sampling date as an earlier row.
        DuplicateRow,
        /// No enterprise with this credit code in the importer's jurisdiction.
        UnknownEnterprise,
        /// No license with this number in the importer's jurisdiction.
        UnknownLicense,
        /// The license is another enterprise's.
        LicenseOfAnotherEnterprise,
        /// No authority of the next tier down can be notified of the failure.
        NoNoticeTarget,
    }
}

pub struct SpotCheckImport(pub SpotCheckImportRecord);

/// An imported file of a spot-check campaign's results (监督抽查结果 spot-check results).
#[Object]
impl SpotCheckImport {
    /// Opaque global ID.
    pub async fn id(&self) -> ID {
        global_id(NodeType::SpotCheckImport, self.0.id)
    }
    /// The campaign's name.
    async fn campaign_name(&self) -> &str {
        &self.0.campaign.name
    }
    /// Who ran the campaign.
    async fn level(&self) -> CampaignLevelGql {
        self.0.campaign.level.into()
    }
    /// The campaign's first day.
    async fn starts_on(&self) -> NaiveDate {
        self.0.campaign.starts_on
    }
    /// The campaign's last day.
    async fn ends_on(&self) -> NaiveDate {
        self.0.campaign.ends_on
    }
    /// The authority that imported it.
    async fn authority(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Authority>> {
        Ok(load(ctx, |l| &l.authority, self.0.authority_id).await?.map(Authority))
    }
    /// The file's name as uploaded.
    async fn file_name(&self) -> &str {
        &self.0.file_name
    }
    /// CSV or XLSX, as read from its bytes.
    async fn file_kind(&self) -> &str {
        &self.0.file_kind
    }
    /// The file's SHA-256 (hex): the same bytes are imported once.
    async fn sha256(&self) -> &str {
        &self.0.file_sha256
    }
    /// How many results it holds.
    async fn row_count(&self) -> u32 {
        self.0.row_count
    }
    /// How many of them failed.
    async fn failed_count(&self) -> u32 {
        self.0.failed_count
    }
    /// How many linkage notices its failures sent (one per failing enterprise).
    async fn notice_count(&self) -> u32 {
        self.0.notice_count
    }
    /// The day it was imported.
    async fn imported_on(&self) -> NaiveDate {
        self.0.imported_on
    }
    /// Who imported it.
    async fn imported_by(&self) -> &str {
        &self.0.imported_by
    }
    /// When it was stored.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
    /// Its results in file order, all or of one conclusion.
    #[graphql(complexity = "(first.or(last).unwrap_or(20).clamp(1, 100) as usize) * child_complexity")]
    async fn rows(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only the results of this conclusion.")] conclusion: Option<ConclusionGql>,
        #[graphql(desc = "Page forward: at most this many (1–100).")] first: Option<i32>,
        #[graphql(desc = "Page forward: after this cursor.")] after: Option<String>,
        #[graphql(desc = "Page backward: at most this many (1–100).")] last: Option<i32>,
        #[graphql(desc = "Page backward: before this cursor.")] before: Option<String>,
    ) -> async_graphql::Result<Connection<String, SpotCheckRow, SpotCheckRowTotal>> {
        let request = page_request(first, after, last, before, parse_id_cursor)?;
        let (app, principal) = caller(ctx)?;
        let conclusion = conclusion.map(Into::into);
        let page = match crate::page::first_only(&request) {
            // A first page goes through a loader: a page of imports costs one statement.
            Some(n) => {
                let key = crate::loaders::FirstKey { parent: self.0.id, n: n + 1, args: conclusion };
                let rows = ctx.data::<crate::loaders::Loaders>()?.first_spot_check_rows.load_one(key).await?;
                crate::page::first_page(rows.unwrap_or_default(), n)
            }
            None => app.spot_check_rows(principal, self.0.id, conclusion, &request).await.gql()?,
        };
        let total = SpotCheckRowTotal { import_id: self.0.id, conclusion };
        Ok(connection(page, total, |r| id_cursor(r.id), SpotCheckRow))
    }
}

pub struct SpotCheckRow(pub SpotCheckRowRecord);

/// One result of an imported campaign, matched to its enterprise and license.
#[Object]
impl SpotCheckRow {
    /// Its row in the file (the header is row 1).
    async fn row_number(&self) -> u32 {
        self.0.row_number
    }
    /// The enterprise (null outside the caller's registry reach).
    async fn enterprise(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Enterprise>> {
        Ok(load(ctx, |l| &l.enterprise, self.0.enterprise_id).await?.map(Enterprise))
    }
    /// The enterprise's global ID.
    async fn enterprise_id(&self) -> ID {
        global_id(NodeType::Enterprise, self.0.enterprise_id)
    }
    /// The license (null outside the caller's registry reach).
    async fn license(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<License>> {
        Ok(load(ctx, |l| &l.license, self.0.license_id).await?.map(License))
    }
    /// 统一社会信用代码 as in the file.
    async fn credit_code(&self) -> &str {
        &self.0.credit_code
    }
    /// 许可证编号 as in the file.
    async fn license_number(&self) -> &str {
        &self.0.license_number
    }
    /// 企业名称 as in the file.
    async fn enterprise_name(&self) -> &str {
        &self.0.enterprise_name
    }
    /// 产品名称.
    async fn product_name(&self) -> &str {
        &self.0.product_name
    }
    /// 规格型号.
    async fn model(&self) -> &str {
        &self.0.model
    }
    /// 抽样日期.
    async fn sampling_date(&self) -> NaiveDate {
        self.0.sampling_date
    }
    /// 检验机构.
    async fn institution(&self) -> &str {
        &self.0.institution
    }
    /// 检验结论.
    async fn conclusion(&self) -> ConclusionGql {
        self.0.conclusion.into()
    }
    /// 不合格项目, for a failed result.
    async fn failed_items(&self) -> Option<&str> {
        self.0.failed_items.as_deref()
    }
    /// The linkage notice its failure sent (null for a pass, or outside the caller's notice scope).
    async fn notice(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<LinkageNotice>> {
        let Some(id) = self.0.notice_id else { return Ok(None) };
        Ok(load(ctx, |l| &l.linkage_notice, id).await?.map(LinkageNotice))
    }
}

pub struct SpotCheckRowTotal {
    import_id: SpotCheckImportId,
    conclusion: Option<Conclusion>,
}

#[Object]
impl SpotCheckRowTotal {
    /// How many results match (all pages together).
    async fn total_count(&self, ctx: &Context<'_>) -> async_graphql::Result<u64> {
        let loaders = ctx.data::<crate::loaders::Loaders>()?;
        Ok(loaders.spot_check_row_counts.load_one((self.import_id, self.conclusion)).await?.unwrap_or(0))
    }
}

pub struct SpotCheckImportTotal;

#[Object]
impl SpotCheckImportTotal {
    /// How many imports match (all pages together).
    async fn total_count(&self, ctx: &Context<'_>) -> async_graphql::Result<u64> {
        let (app, principal) = caller(ctx)?;
        app.count_spot_check_imports(principal).await.gql()
    }
}

/// One problem of an import's validation report.
#[derive(SimpleObject)]
pub struct SpotCheckProblem {
    /// The row as a spreadsheet numbers it (the header is row 1); null for the file as a whole.
    pub row: Option<u32>,
    /// The column's template header (统一社会信用代码 …), for a cell's problem.
    pub column: Option<String>,
    /// Why.
    pub code: ProblemCodeGql,
    /// What is wrong, for people.
    pub message: String,
}

impl From<Problem> for SpotCheckProblem {
    fn from(p: Problem) -> SpotCheckProblem {
        SpotCheckProblem {
            row: p.row,
            column: p.column.map(str::to_owned),
            code: p.code.into(),
            message: p.message,
        }
    }
}

/// What an import came to: accepted with the import, or refused with its report (nothing written).
#[derive(SimpleObject)]
pub struct ImportSpotCheckResultsPayload {
    /// Whether every row was accepted and stored (all or nothing).
    pub accepted: bool,
    /// The import, when accepted.
    pub import: Option<SpotCheckImport>,
    /// The validation report when refused: at most 1000 problems, in row order.
    pub problems: Vec<SpotCheckProblem>,
    /// How many problems the file has in all.
    pub problem_count: u32,
}

/// A campaign as its importer names it.
#[derive(InputObject)]
pub struct SpotCheckCampaignInput {
    /// The campaign's name (1–200 characters), e.g. 2027年电线电缆产品国家监督抽查.
    pub name: String,
    /// NATIONAL (imported by national officers) or PROVINCIAL (by provincial officers).
    pub level: CampaignLevelGql,
    /// The campaign's first day: every sampling date lies in the period.
    pub starts_on: NaiveDate,
    /// The campaign's last day.
    pub ends_on: NaiveDate,
}

#[derive(Default)]
pub struct SpotCheckQuery;

#[Object]
impl SpotCheckQuery {
    /// Spot-check imports made by the caller's authority and its lower tiers (the national
    /// authority: all), newest first. Others see none (FORBIDDEN).
    #[graphql(complexity = "(first.or(last).unwrap_or(20).clamp(1, 100) as usize) * child_complexity")]
    async fn spot_check_imports(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page forward: at most this many (1–100).")] first: Option<i32>,
        #[graphql(desc = "Page forward: after this cursor.")] after: Option<String>,
        #[graphql(desc = "Page backward: at most this many (1–100).")] last: Option<i32>,
        #[graphql(desc = "Page backward: before this cursor.")] before: Option<String>,
    ) -> async_graphql::Result<Connection<String, SpotCheckImport, SpotCheckImportTotal>> {
        let request = page_request(first, after, last, before, parse_id_cursor)?;
        let (app, principal) = caller(ctx)?;
        let page = app.spot_check_imports(principal, &request).await.gql()?;
        Ok(connection(page, SpotCheckImportTotal, |r| id_cursor(r.id), SpotCheckImport))
    }
}

#[derive(Default)]
pub struct SpotCheckMutation;

#[Object]
impl SpotCheckMutation {
    /// Imports a spot-check campaign's results (监督抽查结果导入 spot-check import), sent as a
    /// GraphQL multipart request: a CSV (UTF-8) or XLSX file of the template's columns
    /// (README). National officers import NATIONAL campaigns, provincial officers PROVINCIAL ones
    /// of their province (WRONG_CAMPAIGN_LEVEL). Every row is checked and matched to the
    /// registry; any problem refuses the whole file with its report (accepted: false, nothing
    /// written). Accepted, each failing enterprise's failures send a linkage notice to the
    /// authority of the next tier down holding it. The same file again:
    /// SPOT_CHECK_FILE_ALREADY_IMPORTED; too large: SPOT_CHECK_FILE_TOO_LARGE.
    async fn import_spot_check_results(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The campaign.")] campaign: SpotCheckCampaignInput,
        #[graphql(desc = "The results file (a part of the multipart request).")] file: Upload,
    ) -> async_graphql::Result<ImportSpotCheckResultsPayload> {
        let value = file.value(ctx)?;
        let file_name = value.filename.clone();
        // One byte past the limit is enough to refuse; the rest is never read.
        let limit = u64::try_from(MAX_SPOT_CHECK_FILE_BYTES).unwrap_or(u64::MAX).saturating_add(1);
        let bytes = tokio::task::spawn_blocking(move || {
            let mut bytes = Vec::new();
            value.content.take(limit).read_to_end(&mut bytes).map(|_| bytes)
        })
        .await
        .map_err(|e| async_graphql::Error::new(format!("the upload could not be read: {e}")))?
        .map_err(|e| async_graphql::Error::new(format!("the upload could not be read: {e}")))?;
        let input = CampaignInput {
            name: campaign.name,
            level: campaign.level.into(),
            starts_on: campaign.starts_on,
            ends_on: campaign.ends_on,
        };
        let (app, principal) = caller(ctx)?;
        let outcome = app.import_spot_check_results(principal, &input, &file_name, &bytes).await.gql()?;
        Ok(match outcome {
            ImportOutcome::Accepted(record) => ImportSpotCheckResultsPayload {
                accepted: true,
                import: Some(SpotCheckImport(record)),
                problems: Vec::new(),
                problem_count: 0,
            },
            ImportOutcome::Refused { problems, total } => ImportSpotCheckResultsPayload {
                accepted: false,
                import: None,
                problems: problems.into_iter().map(Into::into).collect(),
                problem_count: u32::try_from(total).unwrap_or(u32::MAX),
            },
        })
    }
}
