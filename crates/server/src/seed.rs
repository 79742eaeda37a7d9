//! `oversight seed demo`: realistic demo data, deterministic from a seed. It goes
//! through the same use cases as the API, so every enterprise has its archive
//! and every license its copy entries.
//!
//! License numbers carry the first license category the industry declares (serials counted
//! nationally because the core number is the uniqueness key) and the first product unit it
//! declares; an industry that declares no product unit (it left licensing) gets no license.

use anyhow::Context;
use chrono::{Datelike, Duration, NaiveDate};
use indicatif::{ProgressBar, ProgressStyle};
use oversight_app::{
    App, Bootstrap, ChangeLicenseStatus, CreateOfficer, IssueLicense, NewAuthority, RegisterEnterprise,
};
use oversight_domain::access::{Organisation, Principal, Role, Tier};
use oversight_domain::registry::authority::AuthorityLevel;
use oversight_domain::registry::enterprise::{EnterpriseScale, RawBaseData};
use oversight_domain::registry::license::LicenseStatus;
use oversight_domain::registry::license_number::LicenseNumber;
use oversight_domain::registry::region::{self, RegionCode, RegionLevel};
use oversight_domain::{AuthorityId, CreditCode, EnterpriseId, InstitutionId};
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// The provinces the demo covers: Jiangsu, Zhejiang, Guangdong.
pub const DEMO_PROVINCES: [&str; 3] = ["320000", "330000", "440000"];

/// What to seed.
#[derive(Debug, Clone)]
pub struct SeedOptions {
    pub enterprises: usize,
    pub seed: u64,
    pub progress: bool,
}

/// What was seeded.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SeedReport {
    pub authorities: usize,
    pub enterprises: usize,
    pub licenses: usize,
    pub status_changes: usize,
    /// Authority id per region code.
    pub authority_ids: Vec<(RegionCode, AuthorityId)>,
    /// Designations of the institutions (one per province and key industry).
    pub designations: usize,
    /// Institution id and the province it serves.
    pub institutions: Vec<(InstitutionId, &'static str)>,
    pub first_enterprise: Option<EnterpriseId>,
}

/// The unified testing institutions of the demo provinces (one per province).
const INSTITUTIONS: [&str; 3] =
    ["江苏省产品质量监督检验研究院", "浙江省产品质量安全检测研究院", "广东产品质量监督检验研究院"];

/// Per industry: product names, name suffix. The license category and product unit come from
/// the industry catalogue (what the plugin or the catalogue file declares).
struct IndustryDemo {
    code: &'static str,
    products: &'static [&'static str],
    suffix: &'static str,
    weight: u32,
}

const INDUSTRIES: &[IndustryDemo] = &[
    IndustryDemo {
        code: "wire-cable",
        products: &["聚氯乙烯绝缘电缆", "交联聚乙烯绝缘电力电缆", "架空绞线"],
        suffix: "电缆有限公司",
        weight: 14,
    },
    IndustryDemo {
        code: "compound-fertilizer",
        products: &["复合肥料", "掺混肥料", "有机无机复混肥料"],
        suffix: "肥业有限公司",
        weight: 12,
    },
    IndustryDemo {
        code: "pesticide",
        products: &["乳油", "可湿性粉剂", "悬浮剂"],
        suffix: "农化有限公司",
        weight: 10,
    },
    IndustryDemo {
        code: "electric-blanket",
        products: &["电热毯", "电热垫"],
        suffix: "电器有限公司",
        weight: 8,
    },
    IndustryDemo {
        code: "brake-fluid",
        products: &["HZY4 合成制动液", "HZY5 合成制动液"],
        suffix: "化工有限公司",
        weight: 6,
    },
    IndustryDemo { code: "e-bike", products: &["电动自行车"], suffix: "车业有限公司", weight: 10 },
    IndustryDemo {
        code: "wood-panel",
        products: &["中密度纤维板", "胶合板", "刨花板"],
        suffix: "木业有限公司",
        weight: 10,
    },
    IndustryDemo {
        code: "cement", products: &["通用硅酸盐水泥"], suffix: "水泥有限公司", weight: 8
    },
    IndustryDemo {
        code: "steel-rebar", products: &["热轧带肋钢筋"], suffix: "钢铁有限公司", weight: 6
    },
    IndustryDemo {
        code: "hazardous-chemicals",
        products: &["工业硫酸", "液氯"],
        suffix: "化学有限公司",
        weight: 6,
    },
    IndustryDemo {
        code: "food-contact-products",
        products: &["塑料餐饮具", "食品用塑料包装"],
        suffix: "塑业有限公司",
        weight: 10,
    },
];

const WORDS: &[&str] = &[
    "华瑞", "恒通", "宏达", "金源", "永泰", "瑞丰", "鑫海", "天成", "嘉禾", "中盛", "新亚", "立信", "博远",
    "信达", "长兴", "海晨", "润达", "康源", "明辉", "正泰", "盛源", "同力", "安和", "振华",
];
const STREETS: &[&str] =
    &["工业园路", "经济开发区创业大道", "高新区科技路", "滨江路", "兴业路", "建设路", "环城东路"];
const CREDIT_CHARSET: &[u8] = b"0123456789ABCDEFGHJKLMNPQRTUWXY";

/// The national authority of the demo and its administrator, the national head of the demo
/// tokens.
fn demo_bootstrap() -> Bootstrap {
    Bootstrap {
        authority_name: "国家市场监督管理总局".to_owned(),
        administrator: CreateOfficer {
            authority_id: AuthorityId::new(0),
            name: "张伟".to_owned(),
            badge_number: "GJ-00001".to_owned(),
            subject: "zhang.wei".to_owned(),
            tier: Tier::Head,
            industries: Vec::new(),
        },
    }
}

/// Two officers of the Xuanwu directory qualified for every industry the catalogue serves: the
/// patrols and follow-up visits of the walkthrough need two inspectors (执法两人以上). They are
/// the directory's officers 2 and 3, after the bootstrap's administrator.
async fn seed_inspectors(
    app: &App,
    seeder: &Principal,
    authority_ids: &std::collections::HashMap<RegionCode, AuthorityId>,
) -> anyhow::Result<()> {
    let xuanwu = RegionCode::parse("320102")?;
    let authority_id = *authority_ids.get(&xuanwu).context("no Xuanwu authority")?;
    let industries: Vec<String> = app.industry_catalogue().iter().map(|i| i.code.clone()).collect();
    for (name, badge_number, subject) in [("周明", "XW-0001", "zhou.ming"), ("吴静", "XW-0002", "wu.jing")]
    {
        let officer = CreateOfficer {
            authority_id,
            name: name.to_owned(),
            badge_number: badge_number.to_owned(),
            subject: subject.to_owned(),
            tier: Tier::Staff,
            industries: industries.clone(),
        };
        app.create_officer(seeder, officer).await.with_context(|| format!("inspector {name}"))?;
    }
    Ok(())
}

/// Seeds authorities for the demo provinces and `options.enterprises` enterprises.
pub async fn demo(app: &App, options: &SeedOptions, today: NaiveDate) -> anyhow::Result<SeedReport> {
    // A national authority alone (as a test harness creates it) is reused; a demo province's
    // authority means the demo data is there already.
    anyhow::ensure!(
        app.authority_at(&RegionCode::parse(DEMO_PROVINCES[0])?).await?.is_none(),
        "the database is seeded already; seed a fresh database (or use `oversight demo`, which starts from an empty one)"
    );
    let mut rng = ChaCha8Rng::seed_from_u64(options.seed);
    let mut report = SeedReport::default();

    // Authorities: the nation, each demo province, its cities and its counties.
    let mut regions = vec![RegionCode::NATION];
    for province in DEMO_PROVINCES {
        let province = RegionCode::parse(province)?;
        regions.push(province);
        for city in region::children(province) {
            regions.push(city.code);
            regions.extend(region::children(city.code).into_iter().map(|county| county.code));
        }
    }
    let mut authority_ids = std::collections::HashMap::new();
    // Placeholder rows (市辖区 and the like) are groupings, not places with an authority.
    regions.retain(|code| !code.is_placeholder());
    let national = match app.authority_at(&RegionCode::NATION).await? {
        Some(national) => national,
        // An empty database is stood up as `oversight bootstrap` does, its administrator the demo's
        // national head (`zhang.wei`, the subject of the demo token).
        None => app.bootstrap(demo_bootstrap()).await.context("bootstrapping the demo")?.0,
    };
    authority_ids.insert(RegionCode::NATION, national.id);

    // The seeder acts as the head of the national authority: its jurisdiction is
    // the whole country, and its writes pass the same checks as anyone's.
    let seeder = Principal::new(
        "seed".to_owned(),
        Role::NationalOfficer,
        Some(Tier::Head),
        Organisation::Authority {
            id: national.id,
            region: RegionCode::NATION,
            level: AuthorityLevel::National,
        },
    )?;
    for code in &regions {
        if authority_ids.contains_key(code) {
            continue;
        }
        let parent_id = parent_authority(code)
            .and_then(|p| authority_ids.get(&p).copied())
            .with_context(|| format!("no parent authority for {code}"))?;
        let new = NewAuthority { name: authority_name(code), region_code: code.to_string(), parent_id };
        let record =
            app.create_authority(&seeder, new).await.with_context(|| format!("authority at {code}"))?;
        authority_ids.insert(*code, record.id);
        report.authorities += 1;
    }

    seed_inspectors(app, &seeder, &authority_ids).await?;

    for (province, name) in DEMO_PROVINCES.iter().zip(INSTITUTIONS) {
        // Each province's institution is the unified testing institution of every key industry
        // (designation needs no plugin) from 1 January last year to 31 December three years on,
        // so the walkthrough can sample on any date the demo clock reaches in a demonstration;
        // its (demo) accreditation covers those industries over that period.
        let year = today.year();
        let (from, until) = (
            NaiveDate::from_ymd_opt(year - 1, 1, 1).context("first day of last year")?,
            NaiveDate::from_ymd_opt(year + 3, 12, 31).context("last day of the designation")?,
        );
        let key_industries: Vec<String> =
            app.industry_catalogue().iter().filter(|i| i.key_industry).map(|i| i.code.clone()).collect();
        let new = oversight_app::NewInstitution {
            name: (*name).to_owned(),
            region_code: (*province).to_owned(),
            accreditation: oversight_app::RawAccreditation {
                cma_number: Some(format!("{}{province}0001", year - 1)),
                cnas_number: Some(format!("L{}0001", &province[..2])),
                valid_from: Some(from),
                valid_until: Some(until),
                industries: key_industries.clone(),
                national_centre: false,
            },
        };
        let institution = app.create_institution(&seeder, new).await?;
        report.institutions.push((institution.id, *province));
        for industry in &key_industries {
            app.designate_institution(
                &seeder,
                oversight_app::DesignateInstitution {
                    industry: industry.clone(),
                    institution_id: institution.id,
                    region_code: (*province).to_owned(),
                    valid_from: from,
                    valid_until: until,
                },
            )
            .await
            .with_context(|| format!("designation of {name} for {industry}"))?;
            report.designations += 1;
        }
    }
    report.authority_ids = authority_ids.iter().map(|(code, id)| (*code, *id)).collect();

    let counties: Vec<RegionCode> =
        regions.iter().copied().filter(|code| code.level() == RegionLevel::County).collect();
    let total_weight: u32 = INDUSTRIES.iter().map(|i| i.weight).sum();
    let mut serials = std::collections::HashMap::<(u8, u16), u32>::new();

    let bar =
        if options.progress { ProgressBar::new(options.enterprises as u64) } else { ProgressBar::hidden() };
    bar.set_style(
        ProgressStyle::with_template("{spinner} seeding enterprises [{bar:40}] {pos}/{len} ({eta})")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    // The first few enterprises sit in Nanjing's Xuanwu district, so every demo
    // token (county, city, province, nation) has something to see.
    let xuanwu = RegionCode::parse("320102")?;
    for n_enterprise in 0..options.enterprises {
        let county = if n_enterprise < 5 {
            xuanwu
        } else {
            *counties.choose(&mut rng).context("no counties to seed")?
        };
        // The first enterprise makes wire cable, so the README walkthrough has a
        // license whose plugin ships with the product.
        let demo = if n_enterprise == 0 { &INDUSTRIES[0] } else { pick_industry(&mut rng, total_weight) };
        let credit_code = credit_code(&mut rng, &county)?;
        let name =
            format!("{}{}{}", place_name(&county), WORDS.choose(&mut rng).unwrap_or(&"华瑞"), demo.suffix);
        let scale = *[
            EnterpriseScale::Large,
            EnterpriseScale::Medium,
            EnterpriseScale::Small,
            EnterpriseScale::Micro,
        ]
        .choose(&mut rng)
        .unwrap_or(&EnterpriseScale::Small);
        let products: Vec<String> = demo
            .products
            .iter()
            .take(rng.random_range(1..=demo.products.len()))
            .map(|p| (*p).to_owned())
            .collect();
        let enterprise = match app
            .register_enterprise(
                &seeder,
                RegisterEnterprise {
                    credit_code: credit_code.as_str().to_owned(),
                    base: RawBaseData {
                        name: Some(name),
                        region_code: Some(county.to_string()),
                        address: Some(format!(
                            "{}{}{}号",
                            county.name(),
                            STREETS.choose(&mut rng).unwrap_or(&"建设路"),
                            rng.random_range(1..=999)
                        )),
                        scale: Some(scale),
                        products: Some(products),
                        production_conditions: Some(format!(
                            "厂房面积约 {} 平方米，主要生产设备 {} 台（套），检验室配备出厂检验所需仪器。",
                            rng.random_range(2..=60) * 500,
                            rng.random_range(8..=120)
                        )),
                        inspection_means: None,
                        process: None,
                    },
                },
            )
            .await
        {
            Ok(enterprise) => enterprise,
            // A random credit code can repeat; skip that draw rather than fail the seed.
            Err(err) if err.code() == oversight_app::Code::DuplicateCreditCode => continue,
            Err(err) => return Err(err.into()),
        };
        report.enterprises += 1;
        report.first_enterprise.get_or_insert(enterprise.id);

        let n_licenses = if rng.random_bool(0.2) { 2 } else { 1 };
        for index in 0..n_licenses {
            let demo = if index == 0 { demo } else { pick_industry(&mut rng, total_weight) };
            let Some((category, unit, product_unit)) = licensable(app, demo.code)? else { continue };
            let province = county.province().unwrap_or(county);
            let serial = serials.entry((category, unit)).or_insert(0);
            *serial += 1;
            let prefix = region::province_abbreviation(&province);
            let number = LicenseNumber::new(prefix, category, unit, *serial)?;
            let issued_on = today - Duration::days(rng.random_range(30..=(4 * 365 + 300)));
            // The walkthrough's license (the first enterprise's) stays valid.
            let suspended = rng.random_bool(0.07) && n_enterprise > 0;
            let license = app
                .issue_license(
                    &seeder,
                    IssueLicense {
                        enterprise_id: enterprise.id,
                        number: number.to_string(),
                        industry: demo.code.to_owned(),
                        product_unit,
                        issued_on,
                        expires_on: None,
                        import: true,
                        status: Some(if suspended { LicenseStatus::Suspended } else { LicenseStatus::Valid }),
                    },
                )
                .await
                .with_context(|| format!("license {number}"))?;
            report.licenses += 1;
            if !suspended && rng.random_bool(0.05) && n_enterprise > 0 {
                app.change_license_status(&seeder, ChangeLicenseStatus {
                    number: license.number.to_string(),
                    to: LicenseStatus::Suspended,
                    reason: "监督抽查不合格，责令停产整顿 (failed a supervision spot check; suspended for rectification)".to_owned(),
                })
                .await?;
                report.status_changes += 1;
                if rng.random_bool(0.5) {
                    app.change_license_status(
                        &seeder,
                        ChangeLicenseStatus {
                            number: license.number.to_string(),
                            to: LicenseStatus::Revoked,
                            reason: "复查仍不合格，依法吊销 (re-check failed again; revoked)".to_owned(),
                        },
                    )
                    .await?;
                    report.status_changes += 1;
                }
            }
        }
        bar.inc(1);
    }
    bar.finish_and_clear();
    Ok(report)
}

/// The category, unit and product unit a demo license of `code` is issued with: the first the
/// industry declares (unit 1 when the category names none); `None` when it declares no product
/// unit, so no license can be issued in it.
fn licensable(app: &App, code: &str) -> anyhow::Result<Option<(u8, u16, String)>> {
    let industry = app.industry_catalogue().find(code)?;
    let Some(product_unit) = industry.product_units.first() else { return Ok(None) };
    let (category, unit) = industry
        .license_categories
        .first()
        .map_or((99, 1), |declared| (declared.code.category(), declared.code.unit().unwrap_or(1)));
    Ok(Some((category, unit, product_unit.clone())))
}

fn pick_industry(rng: &mut ChaCha8Rng, total_weight: u32) -> &'static IndustryDemo {
    let mut ticket = rng.random_range(0..total_weight);
    for demo in INDUSTRIES {
        if ticket < demo.weight {
            return demo;
        }
        ticket -= demo.weight;
    }
    &INDUSTRIES[0]
}

/// A credit code of a legal person (9 = registered by market regulation, 1 =
/// enterprise) registered in `county`, with a random organisation part.
fn credit_code(rng: &mut ChaCha8Rng, county: &RegionCode) -> anyhow::Result<CreditCode> {
    let mut body = format!("91{}", county.as_str());
    for _ in 0..9 {
        let index = rng.random_range(0..CREDIT_CHARSET.len());
        body.push(char::from(CREDIT_CHARSET[index]));
    }
    Ok(CreditCode::from_body(&body)?)
}

/// The authority one level up, as it is seated in the demo (a county under a
/// placeholder city row such as 市辖区 reports to its province).
fn parent_authority(code: &RegionCode) -> Option<RegionCode> {
    let parent = code.parent()?;
    if parent.is_placeholder() { parent.parent() } else { Some(parent) }
}

fn authority_name(code: &RegionCode) -> String {
    match code.level() {
        RegionLevel::National => "国家市场监督管理总局".to_owned(),
        RegionLevel::County => format!("{}{}市场监督管理局", place_name(code), code.name()),
        _ => format!("{}市场监督管理局", code.name()),
    }
}

/// The short place name used in enterprise names: the city, or the province
/// when the city row is a placeholder.
fn place_name(code: &RegionCode) -> String {
    let city = match code.level() {
        RegionLevel::County => code.parent(),
        _ => Some(*code),
    };
    match city {
        Some(city) if !city.is_placeholder() && city.level() == RegionLevel::City => city.name().to_owned(),
        _ => code.province().map(|p| p.name().to_owned()).unwrap_or_default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn authority_names_name_the_place_and_level() {
        let check = |code: &str, expected: &str| {
            assert_eq!(authority_name(&RegionCode::parse(code).unwrap()), expected, "{code}");
        };
        check("000000", "国家市场监督管理总局");
        check("320000", "江苏省市场监督管理局");
        check("320100", "南京市市场监督管理局");
        check("320106", "南京市鼓楼区市场监督管理局");
        check("320302", "徐州市鼓楼区市场监督管理局");
    }
}
