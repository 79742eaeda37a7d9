//! Reading an uploaded results file into rows of text cells: an XLSX workbook (its first sheet,
//! by `calamine`) when the bytes are a ZIP archive, else a UTF-8 CSV (with or without a byte
//! order mark, by `csv`). The kind is sniffed from the bytes, never taken from the file's name.

use std::io::Cursor;

use calamine::{Data, DataType, Reader, Xlsx};
use oversight_domain::spot_check::{MAX_ROWS, Problem, ProblemCode};

/// A ZIP archive's first bytes: an XLSX workbook is one.
const ZIP_MAGIC: &[u8] = b"PK\x03\x04";
const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// The kind of file, as sniffed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Csv,
    Xlsx,
}

impl FileKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FileKind::Csv => "CSV",
            FileKind::Xlsx => "XLSX",
        }
    }
}

/// The file's header row and its data rows, each with its row number as a spreadsheet shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub kind: FileKind,
    pub header: Vec<String>,
    pub rows: Vec<(u32, Vec<String>)>,
}

/// Why a file gives no table, in words for the report; each import maps it to its own codes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum NoTable {
    Unreadable(String),
    NoRows(String),
    TooManyRows(String),
}

/// Reads the file; a file that cannot be read, has no data row or too many is one problem.
pub fn read(bytes: &[u8]) -> Result<Table, Problem> {
    read_table(bytes, MAX_ROWS, "results").map_err(|why| match why {
        NoTable::Unreadable(message) => Problem::file(ProblemCode::UnreadableFile, message),
        NoTable::NoRows(message) => Problem::file(ProblemCode::NoRows, message),
        NoTable::TooManyRows(message) => Problem::file(ProblemCode::TooManyRows, message),
    })
}

/// Reads a header row and at most `max_rows` data rows (called `what` in the messages), the
/// reader shared by the spot-check and registry imports.
pub(crate) fn read_table(bytes: &[u8], max_rows: usize, what: &str) -> Result<Table, NoTable> {
    let (kind, mut rows) = if bytes.starts_with(ZIP_MAGIC) {
        (FileKind::Xlsx, read_xlsx(bytes).map_err(NoTable::Unreadable)?)
    } else {
        (FileKind::Csv, read_csv(bytes).map_err(NoTable::Unreadable)?)
    };
    // Rows left blank (a spacer, the end of a sheet) are not data.
    rows.retain(|(_, cells)| cells.iter().any(|c| !c.trim().is_empty()));
    let mut rows = rows.into_iter();
    let Some((_, header)) = rows.next() else {
        return Err(NoTable::NoRows("the file is empty: no header row".to_owned()));
    };
    let rows: Vec<(u32, Vec<String>)> = rows.collect();
    if rows.is_empty() {
        return Err(NoTable::NoRows(format!("the file has a header row but no {what}")));
    }
    if rows.len() > max_rows {
        return Err(NoTable::TooManyRows(format!(
            "the file has {} {what}; one import takes at most {max_rows}",
            rows.len()
        )));
    }
    Ok(Table { kind, header, rows })
}

fn unreadable(message: impl Into<String>) -> String {
    message.into()
}

fn read_csv(bytes: &[u8]) -> Result<Vec<(u32, Vec<String>)>, String> {
    let bytes = bytes.strip_prefix(UTF8_BOM).unwrap_or(bytes);
    if std::str::from_utf8(bytes).is_err() {
        return Err(unreadable(
            "the file is neither an XLSX workbook nor a UTF-8 CSV: save it as \"CSV UTF-8\" or as XLSX",
        ));
    }
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(bytes);
    let mut rows = Vec::new();
    // A spreadsheet shows a blank line as a row (the reader skips it) and a quoted cell's line
    // breaks inside one row: the row is the record's first line less the breaks inside earlier
    // records.
    let mut breaks_inside = 0_u64;
    for record in reader.records() {
        let record = record.map_err(|e| unreadable(format!("the file cannot be read as CSV: {e}")))?;
        let (line, start) = record.position().map_or((0, 0), |p| (p.line(), p.byte()));
        // The reader's position is where it began reading: before the blank lines it skipped.
        let skipped = bytes
            .iter()
            .skip(usize::try_from(start).unwrap_or(usize::MAX))
            .take_while(|b| matches!(b, b'\r' | b'\n'))
            .filter(|b| **b == b'\n')
            .count() as u64;
        let number = u32::try_from((line + skipped).saturating_sub(breaks_inside)).unwrap_or(u32::MAX);
        breaks_inside += record.iter().map(|cell| cell.matches('\n').count() as u64).sum::<u64>();
        rows.push((number, record.iter().map(str::to_owned).collect()));
    }
    Ok(rows)
}

fn read_xlsx(bytes: &[u8]) -> Result<Vec<(u32, Vec<String>)>, String> {
    let mut workbook = Xlsx::new(Cursor::new(bytes))
        .map_err(|e| unreadable(format!("the file is not a readable XLSX workbook: {e}")))?;
    let range = workbook
        .worksheet_range_at(0)
        .ok_or_else(|| unreadable("the workbook has no sheet"))?
        .map_err(|e| unreadable(format!("the first sheet cannot be read: {e}")))?;
    // Rows are numbered from the sheet's first row, wherever the used range starts.
    let first_row = range.start().map_or(0, |(row, _)| row);
    Ok(range
        .rows()
        .enumerate()
        .map(|(index, cells)| {
            let number = first_row.saturating_add(u32::try_from(index).unwrap_or(u32::MAX)).saturating_add(1);
            (number, cells.iter().map(cell_text).collect())
        })
        .collect())
}

/// A cell as the text the template's parsers read: dates as ISO dates, whole numbers without a
/// decimal point (a serial typed as a number).
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{f:.0}"),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(_) => cell.as_date().map(|d| d.to_string()).unwrap_or_default(),
        Data::Error(e) => format!("#{e:?}"),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn a_csv_is_read_with_or_without_its_byte_order_mark() {
        let text = "统一社会信用代码,检验结论\n\n91320102000000701X,合格\n\"a\nb\",不合格\nc,合格\n";
        for bytes in [text.as_bytes().to_vec(), [UTF8_BOM, text.as_bytes()].concat()] {
            let table = read(&bytes).unwrap();
            assert_eq!(table.kind, FileKind::Csv);
            assert_eq!(table.header, vec!["统一社会信用代码", "检验结论"]);
            let numbers: Vec<u32> = table.rows.iter().map(|(n, _)| *n).collect();
            // The blank line is row 2, as a spreadsheet shows it; a quoted line break is not a row.
            assert_eq!(numbers, vec![3, 4, 5]);
            assert_eq!(table.rows[1].1, vec!["a\nb", "不合格"]);
        }
    }

    #[test]
    fn unreadable_and_empty_files_are_one_problem() {
        let gbk = [0xB9_u8, 0xFA, 0xBC, 0xD2, b'\n'];
        assert_eq!(read(&gbk).unwrap_err().code, ProblemCode::UnreadableFile);
        assert_eq!(read(b"PK\x03\x04garbage").unwrap_err().code, ProblemCode::UnreadableFile);
        assert_eq!(read(b"").unwrap_err().code, ProblemCode::NoRows);
        assert_eq!(read("统一社会信用代码\n".as_bytes()).unwrap_err().code, ProblemCode::NoRows);
    }

    /// CRC-32 (IEEE), for the hand-made archive below.
    fn crc32(bytes: &[u8]) -> u32 {
        let mut crc = !0_u32;
        for byte in bytes {
            crc ^= u32::from(*byte);
            for _ in 0..8 {
                crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
            }
        }
        !crc
    }

    /// A ZIP archive of these files, stored uncompressed: enough of a workbook for calamine.
    fn zip(files: &[(&str, String)]) -> Vec<u8> {
        let (mut out, mut central) = (Vec::new(), Vec::new());
        for (name, text) in files {
            let (data, offset) = (text.as_bytes(), out.len() as u32);
            let (crc, size, name_len) = (crc32(data), data.len() as u32, name.len() as u16);
            // Version 20, no flags, stored, no time or date; then the CRC and both sizes.
            let mut common: Vec<u8> = [20_u16, 0, 0, 0, 0].iter().flat_map(|v| v.to_le_bytes()).collect();
            common.extend([crc, size, size].iter().flat_map(|v| v.to_le_bytes()));
            out.extend(0x0403_4b50_u32.to_le_bytes());
            out.extend(&common);
            out.extend(name_len.to_le_bytes());
            out.extend(0_u16.to_le_bytes());
            out.extend(name.as_bytes());
            out.extend(data);
            central.extend(0x0201_4b50_u32.to_le_bytes());
            central.extend(20_u16.to_le_bytes());
            central.extend(&common);
            central.extend(name_len.to_le_bytes());
            central.extend([0_u8; 12]);
            central.extend(offset.to_le_bytes());
            central.extend(name.as_bytes());
        }
        let (at, n) = (out.len() as u32, files.len() as u16);
        let size = central.len() as u32;
        out.extend(central);
        out.extend(0x0605_4b50_u32.to_le_bytes());
        out.extend([0_u8; 4]);
        out.extend([n, n].iter().flat_map(|v| v.to_le_bytes()));
        out.extend([size, at].iter().flat_map(|v| v.to_le_bytes()));
        out.extend(0_u16.to_le_bytes());
        out
    }

    fn workbook(sheet_data: &str) -> Vec<u8> {
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        let rels = "http://schemas.openxmlformats.org/package/2006/relationships";
        let office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        let types = "application/vnd.openxmlformats-officedocument.spreadsheetml";
        zip(&[
            (
                "[Content_Types].xml",
                format!(
                    r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="{types}.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="{types}.worksheet+xml"/></Types>"#
                ),
            ),
            (
                "_rels/.rels",
                format!(
                    r#"<Relationships xmlns="{rels}"><Relationship Id="rId1" Type="{office}/officeDocument" Target="xl/workbook.xml"/></Relationships>"#
                ),
            ),
            (
                "xl/workbook.xml",
                format!(
                    r#"<workbook xmlns="{main}" xmlns:r="{office}"><sheets><sheet name="结果" sheetId="1" r:id="rId1"/></sheets></workbook>"#
                ),
            ),
            (
                "xl/_rels/workbook.xml.rels",
                format!(
                    r#"<Relationships xmlns="{rels}"><Relationship Id="rId1" Type="{office}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#
                ),
            ),
            (
                "xl/worksheets/sheet1.xml",
                format!(r#"<worksheet xmlns="{main}"><sheetData>{sheet_data}</sheetData></worksheet>"#),
            ),
        ])
    }

    #[test]
    fn an_xlsx_workbook_is_read_from_its_first_sheet() {
        let text = |cell: &str, t: &str| format!(r#"<c r="{cell}" t="inlineStr"><is><t>{t}</t></is></c>"#);
        let sheet = [
            format!(r#"<row r="1">{}{}</row>"#, text("A1", "统一社会信用代码"), text("B1", "抽样日期")),
            format!(r#"<row r="2">{}<c r="B2"><v>20270210</v></c></row>"#, text("A2", "91320102000000701W")),
            format!(r#"<row r="4">{}{}</row>"#, text("A4", "913201020000007020"), text("B4", "2027-02-11")),
        ]
        .concat();
        let table = read(&workbook(&sheet)).unwrap();
        assert_eq!(table.kind, FileKind::Xlsx);
        assert_eq!(table.header, vec!["统一社会信用代码", "抽样日期"]);
        assert_eq!(
            table.rows,
            vec![
                (2, vec!["91320102000000701W".to_owned(), "20270210".to_owned()]),
                (4, vec!["913201020000007020".to_owned(), "2027-02-11".to_owned()]),
            ]
        );
    }

    #[test]
    fn cells_read_as_text() {
        assert_eq!(cell_text(&Data::Float(20270301.0)), "20270301");
        assert_eq!(cell_text(&Data::Float(2.5)), "2.5");
        assert_eq!(cell_text(&Data::Int(7)), "7");
        assert_eq!(cell_text(&Data::Empty), "");
    }
}
