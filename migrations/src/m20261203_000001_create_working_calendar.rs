//! The working-day calendar (docs/adr/0011-working-day-calendar.md): one row per year whose
//! State Council notice is recorded, one row per holiday or make-up working day of it. Seeds the
//! years whose notice is cited below, every date written out as the notice lists it; later years
//! are entered by the national authority through `setWorkingCalendarYear`.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum CalendarYear {
    Table,
    Year,
    Basis,
}

#[derive(DeriveIden, Clone, Copy)]
enum CalendarDay {
    Table,
    Day,
    Year,
    Kind,
}

/// A year's notice as it stands: its citation, every day off (weekends inside a break
/// included) and the weekend days that are worked instead (调休上班).
struct Notice {
    year: i32,
    basis: &'static str,
    holidays: &'static [&'static str],
    makeup_workdays: &'static [&'static str],
}

const NOTICES: &[Notice] = &[
    Notice {
        year: 2025,
        basis: "国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）",
        holidays: &[
            // 元旦
            "2025-01-01",
            // 春节：1月28日至2月4日
            "2025-01-28",
            "2025-01-29",
            "2025-01-30",
            "2025-01-31",
            "2025-02-01",
            "2025-02-02",
            "2025-02-03",
            "2025-02-04",
            // 清明节：4月4日至6日
            "2025-04-04",
            "2025-04-05",
            "2025-04-06",
            // 劳动节：5月1日至5日
            "2025-05-01",
            "2025-05-02",
            "2025-05-03",
            "2025-05-04",
            "2025-05-05",
            // 端午节：5月31日至6月2日
            "2025-05-31",
            "2025-06-01",
            "2025-06-02",
            // 国庆节、中秋节：10月1日至8日
            "2025-10-01",
            "2025-10-02",
            "2025-10-03",
            "2025-10-04",
            "2025-10-05",
            "2025-10-06",
            "2025-10-07",
            "2025-10-08",
        ],
        // 1月26日（周日）、2月8日（周六）、4月27日（周日）、9月28日（周日）、10月11日（周六）上班
        makeup_workdays: &["2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"],
    },
    Notice {
        year: 2026,
        basis: "国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）",
        holidays: &[
            // 元旦：1月1日至3日
            "2026-01-01",
            "2026-01-02",
            "2026-01-03",
            // 春节：2月15日至23日
            "2026-02-15",
            "2026-02-16",
            "2026-02-17",
            "2026-02-18",
            "2026-02-19",
            "2026-02-20",
            "2026-02-21",
            "2026-02-22",
            "2026-02-23",
            // 清明节：4月4日至6日
            "2026-04-04",
            "2026-04-05",
            "2026-04-06",
            // 劳动节：5月1日至5日
            "2026-05-01",
            "2026-05-02",
            "2026-05-03",
            "2026-05-04",
            "2026-05-05",
            // 端午节：6月19日至21日
            "2026-06-19",
            "2026-06-20",
            "2026-06-21",
            // 中秋节：9月25日至27日
            "2026-09-25",
            "2026-09-26",
            "2026-09-27",
            // 国庆节：10月1日至7日
            "2026-10-01",
            "2026-10-02",
            "2026-10-03",
            "2026-10-04",
            "2026-10-05",
            "2026-10-06",
            "2026-10-07",
        ],
        // 1月4日（周日）、2月14日（周六）、2月28日（周六）、5月9日（周六）、9月20日（周日）、
        // 10月10日（周六）上班
        makeup_workdays: &[
            "2026-01-04",
            "2026-02-14",
            "2026-02-28",
            "2026-05-09",
            "2026-09-20",
            "2026-10-10",
        ],
    },
];

/// The seed as two statements. The dates are literals of the `YYYY-MM-DD` form that PostgreSQL
/// reads into a `date` column and SQLite keeps as the text sea-orm writes; none contains a quote.
fn seed_statements() -> [String; 2] {
    let years = NOTICES
        .iter()
        .map(|notice| format!("({}, '{}')", notice.year, notice.basis))
        .collect::<Vec<_>>()
        .join(", ");
    let days = NOTICES
        .iter()
        .flat_map(|notice| {
            let kind = |kind: &'static str| move |day: &&str| format!("('{day}', {}, '{kind}')", notice.year);
            notice
                .holidays
                .iter()
                .map(kind("HOLIDAY"))
                .chain(notice.makeup_workdays.iter().map(kind("MAKEUP_WORKDAY")))
        })
        .collect::<Vec<_>>()
        .join(", ");
    [
        format!("INSERT INTO calendar_year (year, basis) VALUES {years}"),
        format!("INSERT INTO calendar_day (day, year, kind) VALUES {days}"),
    ]
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(CalendarYear::Table)
                    .col(integer(CalendarYear::Year).primary_key())
                    .col(text(CalendarYear::Basis))
                    .to_owned(),
            )
            .await?;
        // A date is a holiday or a make-up working day, never both: the date is the key.
        manager
            .create_table(
                Table::create()
                    .table(CalendarDay::Table)
                    .col(date(CalendarDay::Day).primary_key())
                    .col(integer(CalendarDay::Year))
                    .col(string(CalendarDay::Kind))
                    .foreign_key(
                        ForeignKey::create()
                            .from(CalendarDay::Table, CalendarDay::Year)
                            .to(CalendarYear::Table, CalendarYear::Year),
                    )
                    .to_owned(),
            )
            .await?;
        // Replacing a year deletes its days by year.
        manager
            .create_index(
                Index::create()
                    .name("ix_calendar_day_year")
                    .table(CalendarDay::Table)
                    .col(CalendarDay::Year)
                    .to_owned(),
            )
            .await?;
        let connection = manager.get_connection();
        for statement in seed_statements() {
            connection.execute_unprepared(&statement).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(CalendarDay::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(CalendarYear::Table).to_owned()).await
    }
}
