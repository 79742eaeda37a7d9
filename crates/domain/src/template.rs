//! Import templates (导入模板): the columns of a spreadsheet an authority fills in — the
//! spot-check results (docs/adr/0029) and the registry (docs/adr/0031) — and the one reading of
//! a header row they share: each column once, by its Chinese header or English alias, in any
//! order, the required ones present.

use std::collections::BTreeMap;

/// A template's column.
pub trait TemplateColumn: Copy + Ord + 'static {
    /// Every column, in the template's order.
    fn all() -> &'static [Self];
    /// The template's (Chinese) header.
    fn header(self) -> &'static str;
    /// The English header accepted in its place (compared without case).
    fn alias(self) -> &'static str;
    /// Whether the header must be present.
    fn required(self) -> bool;
}

/// What is wrong with a header row, column by column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeaderProblem<C> {
    /// The column appears twice.
    Duplicate(C),
    /// A required column is missing.
    Missing(C),
}

impl<C: TemplateColumn> HeaderProblem<C> {
    /// The column the problem is about.
    pub fn column(self) -> C {
        match self {
            HeaderProblem::Duplicate(column) | HeaderProblem::Missing(column) => column,
        }
    }

    /// The problem in a sentence, naming the column as the template does.
    pub fn message(self) -> String {
        match self {
            HeaderProblem::Duplicate(column) => {
                format!("the column {} appears twice in the header row", column.header())
            }
            HeaderProblem::Missing(column) => {
                format!("the header row has no column {} ({})", column.header(), column.alias())
            }
        }
    }
}

/// Where each column is in the rows: the header row read (a UTF-8 byte-order mark and spaces
/// around a header are ignored; other columns — 序号, remarks — too), or every problem of it.
pub fn find_columns<C: TemplateColumn>(
    cells: &[String],
) -> Result<BTreeMap<C, usize>, Vec<HeaderProblem<C>>> {
    let mut found = BTreeMap::new();
    let mut problems = Vec::new();
    for (index, cell) in cells.iter().enumerate() {
        let text = cell.trim().trim_start_matches('\u{feff}');
        let named = C::all().iter().find(|c| c.header() == text || c.alias().eq_ignore_ascii_case(text));
        let Some(column) = named.copied() else { continue };
        if found.insert(column, index).is_some() {
            problems.push(HeaderProblem::Duplicate(column));
        }
    }
    let missing = C::all().iter().filter(|c| c.required() && !found.contains_key(c));
    problems.extend(missing.map(|column| HeaderProblem::Missing(*column)));
    if problems.is_empty() { Ok(found) } else { Err(problems) }
}
