//! What a patrol inspection (巡查) answers: the five base items of §二(三) — "应当针对企业的不同情况
//! 详细检查以下内容" — then the industry plugin's checklist items of the edition in force, each
//! answered exactly once with a note where it does not conform or apply, and its evidence.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::checklist::{BASE_ITEMS, ItemAnswer};
use crate::ids::AttachmentId;
use crate::text::parse_text;

/// The longest note on one item, in characters (docs/adr/0022: a paragraph of findings).
pub const NOTE_MAX_CHARS: usize = 2000;
/// The most evidence attachments on one item (docs/adr/0022: a phone's photos of one spot).
pub const MAX_EVIDENCE_PER_ITEM: usize = 20;
/// The base item whose nonconformity means the license needs re-review (重新审查): "生产条件、
/// 检验手段、生产技术或工艺是否发生变化，若发生变化是否按照规定办理重新审查手续" (§二(三) 二).
pub const RE_REVIEW_ITEM: &str = "CONDITIONS_CHANGES";

/// The codes a patrol answers, in the order shown: the base items, then the plugin's items (a
/// plugin item repeating a base code is listed once, as the base item).
pub fn patrol_items(plugin_items: &[String]) -> Vec<&str> {
    let mut items: Vec<&str> = BASE_ITEMS.iter().map(|item| item.code).collect();
    for code in plugin_items {
        if !items.contains(&code.as_str()) {
            items.push(code);
        }
    }
    items
}

/// One answer as it arrives from the API (or from a device that recorded it offline).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawAnswer {
    pub code: String,
    pub answer: ItemAnswer,
    pub note: Option<String>,
    pub evidence: Vec<AttachmentId>,
}

/// One parsed answer: a known code, a note where one is required, at most
/// [`MAX_EVIDENCE_PER_ITEM`] distinct attachments.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PatrolAnswer {
    pub code: String,
    pub answer: ItemAnswer,
    pub note: Option<String>,
    pub evidence: Vec<AttachmentId>,
}

/// One thing wrong with a patrol's answers; every one is reported, not just the first.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AnswerProblem {
    #[error(
        "'{code}' is neither a base item of §二(三) nor a checklist item of the industry's edition in force"
    )]
    UnknownItem { code: String },
    #[error("'{code}' is answered more than once")]
    AnsweredTwice { code: String },
    #[error("not answered: {}", .codes.join(", "))]
    Unanswered { codes: Vec<String> },
    #[error("'{code}' is {answer}: a note must say how or why")]
    NoteRequired { code: String, answer: ItemAnswer },
    #[error("the note of '{code}': {reason}")]
    BadNote { code: String, reason: String },
    #[error("'{code}' has {n_attachments} evidence attachments; at most {MAX_EVIDENCE_PER_ITEM}")]
    TooMuchEvidence { code: String, n_attachments: usize },
    #[error("'{code}' lists the evidence attachment {attachment_id} twice")]
    EvidenceRepeated { code: String, attachment_id: AttachmentId },
}

/// The answers refused, with every problem found.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))]
pub struct AnswersRefused(pub Vec<AnswerProblem>);

/// A patrol's complete answers, in checklist order: proof that every item of the patrol's
/// checklist is answered once, with the notes and evidence it needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PatrolAnswers(Vec<PatrolAnswer>);

impl PatrolAnswers {
    /// Parses the answers against the base items and `plugin_items` (the edition in force).
    pub fn parse(raw: Vec<RawAnswer>, plugin_items: &[String]) -> Result<PatrolAnswers, AnswersRefused> {
        let checklist = patrol_items(plugin_items);
        let mut problems = Vec::new();
        let mut by_code: BTreeMap<String, PatrolAnswer> = BTreeMap::new();
        let mut repeated = BTreeSet::new();
        for answer in raw {
            let code = answer.code.trim().to_owned();
            if !checklist.contains(&code.as_str()) {
                problems.push(AnswerProblem::UnknownItem { code });
            } else if by_code.contains_key(&code) {
                // Reported once however many times it repeats.
                if repeated.insert(code.clone()) {
                    problems.push(AnswerProblem::AnsweredTwice { code });
                }
            } else if let Some(parsed) = parse_answer(code.clone(), answer, &mut problems) {
                by_code.insert(code, parsed);
            } else {
                // Known and first, but malformed: it counts as answered, so it is not also "missing".
                by_code.insert(code.clone(), placeholder(code));
            }
        }
        let missing: Vec<String> = checklist
            .iter()
            .filter(|code| !by_code.contains_key(**code))
            .map(|code| (*code).to_owned())
            .collect();
        if !missing.is_empty() {
            problems.push(AnswerProblem::Unanswered { codes: missing });
        }
        if !problems.is_empty() {
            return Err(AnswersRefused(problems));
        }
        Ok(PatrolAnswers(checklist.iter().filter_map(|code| by_code.remove(*code)).collect()))
    }

    /// Every answer, in checklist order.
    pub fn items(&self) -> &[PatrolAnswer] {
        &self.0
    }

    /// The findings: the items answered nonconforming, in checklist order. They are what
    /// measures are ordered on and what a follow-up visit carries over.
    pub fn findings(&self) -> Vec<&PatrolAnswer> {
        self.0.iter().filter(|item| item.answer == ItemAnswer::Nonconforming).collect()
    }

    /// The codes of the findings, in checklist order.
    pub fn finding_codes(&self) -> Vec<&str> {
        self.findings().into_iter().map(|item| item.code.as_str()).collect()
    }

    /// Whether the license needs re-review (重新审查): conditions, means, technology or process
    /// changed without it being applied for — item two answered nonconforming (§二(三) 二).
    pub fn requires_re_review(&self) -> bool {
        self.0.iter().any(|item| item.code == RE_REVIEW_ITEM && item.answer == ItemAnswer::Nonconforming)
    }
}

fn placeholder(code: String) -> PatrolAnswer {
    PatrolAnswer { code, answer: ItemAnswer::Conforming, note: None, evidence: Vec::new() }
}

/// One answer's note and evidence; pushes its problems and returns `None` when there are any.
fn parse_answer(code: String, raw: RawAnswer, problems: &mut Vec<AnswerProblem>) -> Option<PatrolAnswer> {
    let before = problems.len();
    // A blank note is no note: for a nonconforming item it is "note required", not "bad text".
    let note = raw.note.filter(|note| !note.trim().is_empty());
    let note = match note {
        None if raw.answer != ItemAnswer::Conforming => {
            problems.push(AnswerProblem::NoteRequired { code: code.clone(), answer: raw.answer });
            None
        }
        None => None,
        Some(note) => match parse_text("items.note", &note, 1, NOTE_MAX_CHARS, true) {
            Ok(note) => Some(note),
            Err(error) => {
                problems.push(AnswerProblem::BadNote { code: code.clone(), reason: error.message });
                None
            }
        },
    };
    check_evidence(&code, &raw.evidence, problems);
    (problems.len() == before).then_some(PatrolAnswer {
        code,
        answer: raw.answer,
        note,
        evidence: raw.evidence,
    })
}

fn check_evidence(code: &str, evidence: &[AttachmentId], problems: &mut Vec<AnswerProblem>) {
    if evidence.len() > MAX_EVIDENCE_PER_ITEM {
        problems
            .push(AnswerProblem::TooMuchEvidence { code: code.to_owned(), n_attachments: evidence.len() });
    }
    let mut seen = BTreeSet::new();
    for &attachment_id in evidence {
        if !seen.insert(attachment_id) {
            problems.push(AnswerProblem::EvidenceRepeated { code: code.to_owned(), attachment_id });
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use ItemAnswer::*;

    fn plugin() -> Vec<String> {
        vec!["WC-RAW-COPPER".to_owned(), "WC-SPARK-TEST".to_owned()]
    }

    fn answer(code: &str, answer: ItemAnswer, note: Option<&str>, evidence: &[i64]) -> RawAnswer {
        RawAnswer {
            code: code.to_owned(),
            answer,
            note: note.map(str::to_owned),
            evidence: evidence.iter().map(|&id| AttachmentId::new(id)).collect(),
        }
    }

    /// Every item of the checklist answered conforming, in checklist order.
    fn all_conforming() -> Vec<RawAnswer> {
        patrol_items(&plugin()).into_iter().map(|code| answer(code, Conforming, None, &[])).collect()
    }

    fn with(edit: impl Fn(&mut Vec<RawAnswer>)) -> Vec<RawAnswer> {
        let mut raw = all_conforming();
        edit(&mut raw);
        raw
    }

    #[test]
    fn the_checklist_is_the_five_base_items_then_the_plugins_once_each() {
        let plugin = ["X-1".to_owned(), "LICENSE_MARKING".to_owned(), "X-1".to_owned()];
        let items = patrol_items(&plugin);
        assert_eq!(
            items,
            [
                "LICENSE_MARKING",
                "CONDITIONS_CHANGES",
                "RAW_MATERIAL_INSPECTION",
                "EXIT_INSPECTION",
                "PACKAGING_LABELING",
                "X-1"
            ]
        );
        assert_eq!(RE_REVIEW_ITEM, BASE_ITEMS[1].code);
    }

    /// (case, answers, expected problems; none: accepted).
    #[test]
    fn every_problem_is_named_and_all_are_collected() {
        let long = "字".repeat(NOTE_MAX_CHARS + 1);
        let twenty_one: Vec<i64> = (1..=21).collect();
        let cases: Vec<(&str, Vec<RawAnswer>, Vec<AnswerProblem>)> = vec![
            ("all conforming", all_conforming(), vec![]),
            (
                "nonconforming with a note and evidence",
                with(|r| r[0] = answer("LICENSE_MARKING", Nonconforming, Some("包装无编号"), &[7, 8])),
                vec![],
            ),
            (
                "not applicable with a note",
                with(|r| r[6] = answer("WC-SPARK-TEST", NotApplicable, Some("无火花试验工序"), &[])),
                vec![],
            ),
            (
                "a conforming item may carry a note",
                with(|r| r[3] = answer("EXIT_INSPECTION", Conforming, Some("记录齐全"), &[])),
                vec![],
            ),
            (
                "nonconforming without a note",
                with(|r| r[4].answer = Nonconforming),
                vec![AnswerProblem::NoteRequired {
                    code: "PACKAGING_LABELING".into(),
                    answer: Nonconforming,
                }],
            ),
            (
                "not applicable with a blank note",
                with(|r| r[2] = answer("RAW_MATERIAL_INSPECTION", NotApplicable, Some("  "), &[])),
                vec![AnswerProblem::NoteRequired {
                    code: "RAW_MATERIAL_INSPECTION".into(),
                    answer: NotApplicable,
                }],
            ),
            (
                "a note too long",
                with(|r| r[1] = answer("CONDITIONS_CHANGES", Nonconforming, Some(&long), &[])),
                vec![AnswerProblem::BadNote {
                    code: "CONDITIONS_CHANGES".into(),
                    reason: format!(
                        "must have at most {NOTE_MAX_CHARS} characters but has {}",
                        NOTE_MAX_CHARS + 1
                    ),
                }],
            ),
            (
                "21 attachments on one item",
                with(|r| r[0].evidence = twenty_one.iter().map(|&id| AttachmentId::new(id)).collect()),
                vec![AnswerProblem::TooMuchEvidence { code: "LICENSE_MARKING".into(), n_attachments: 21 }],
            ),
            (
                "an attachment twice on one item",
                with(|r| r[5].evidence = vec![AttachmentId::new(3), AttachmentId::new(3)]),
                vec![AnswerProblem::EvidenceRepeated {
                    code: "WC-RAW-COPPER".into(),
                    attachment_id: AttachmentId::new(3),
                }],
            ),
            (
                "an item answered three times is reported once",
                with(|r| {
                    r.push(answer("EXIT_INSPECTION", Nonconforming, Some("x"), &[]));
                    r.push(answer(" EXIT_INSPECTION ", Conforming, None, &[]));
                }),
                vec![AnswerProblem::AnsweredTwice { code: "EXIT_INSPECTION".into() }],
            ),
            (
                "unknown, missing and bad together",
                with(|r| {
                    r.remove(6);
                    r.remove(1);
                    r.push(answer("NOT_AN_ITEM", Conforming, None, &[]));
                    r[0].answer = Nonconforming;
                }),
                vec![
                    AnswerProblem::NoteRequired { code: "LICENSE_MARKING".into(), answer: Nonconforming },
                    AnswerProblem::UnknownItem { code: "NOT_AN_ITEM".into() },
                    AnswerProblem::Unanswered {
                        codes: vec!["CONDITIONS_CHANGES".into(), "WC-SPARK-TEST".into()],
                    },
                ],
            ),
            (
                "nothing answered",
                vec![],
                vec![AnswerProblem::Unanswered {
                    codes: patrol_items(&plugin()).into_iter().map(str::to_owned).collect(),
                }],
            ),
        ];
        for (case, raw, expected) in cases {
            let got = PatrolAnswers::parse(raw, &plugin()).err().map(|e| e.0).unwrap_or_default();
            assert_eq!(got, expected, "{case}");
        }
    }

    #[test]
    fn the_refusal_reads_as_one_message_naming_every_problem() {
        let raw = with(|r| {
            r.remove(2);
            r[0].answer = NotApplicable;
        });
        let refused = PatrolAnswers::parse(raw, &plugin()).unwrap_err();
        assert_eq!(
            refused.to_string(),
            "'LICENSE_MARKING' is NOT_APPLICABLE: a note must say how or why; not answered: RAW_MATERIAL_INSPECTION"
        );
    }

    #[test]
    fn a_plugin_item_of_another_edition_is_unknown() {
        let raw = with(|r| r[6].code = "WC-SPARK-TEST".into());
        let older_edition = vec!["WC-RAW-COPPER".to_owned()];
        let problems = PatrolAnswers::parse(raw, &older_edition).unwrap_err().0;
        assert_eq!(problems, [AnswerProblem::UnknownItem { code: "WC-SPARK-TEST".into() }]);
    }

    #[test]
    fn answers_come_back_in_checklist_order_with_findings_and_re_review() {
        let mut raw = with(|r| {
            r[4] = answer("PACKAGING_LABELING", Nonconforming, Some("标签无执行标准"), &[1]);
            r[1] = answer("CONDITIONS_CHANGES", Nonconforming, Some("新增挤出线未申请重新审查"), &[2]);
            r[5] = answer("WC-RAW-COPPER", NotApplicable, Some("外购成品线芯"), &[]);
        });
        raw.reverse();
        let answers = PatrolAnswers::parse(raw, &plugin()).unwrap();
        let codes: Vec<&str> = answers.items().iter().map(|i| i.code.as_str()).collect();
        assert_eq!(codes, patrol_items(&plugin()));
        assert_eq!(answers.finding_codes(), ["CONDITIONS_CHANGES", "PACKAGING_LABELING"]);
        assert!(answers.requires_re_review());
    }

    #[test]
    fn re_review_only_when_item_two_is_nonconforming() {
        let cases = [
            (Conforming, None, false),
            (NotApplicable, Some("未发生变化"), false),
            (Nonconforming, Some("工艺变更未申请"), true),
        ];
        for (item_two, note, expected) in cases {
            let raw = with(|r| r[1] = answer("CONDITIONS_CHANGES", item_two, note, &[]));
            let other_finding =
                |r: &mut Vec<RawAnswer>| r[0] = answer("LICENSE_MARKING", Nonconforming, Some("x"), &[]);
            let mut raw_with_other = raw.clone();
            other_finding(&mut raw_with_other);
            for raw in [raw, raw_with_other] {
                assert_eq!(
                    PatrolAnswers::parse(raw, &plugin()).unwrap().requires_re_review(),
                    expected,
                    "{item_two}"
                );
            }
        }
    }
}
