//! The five base items of §二(三) that every patrol (巡查) checks and every self-inspection report
//! (自查报告) of the annual review (年度审查, §二(二)) answers. They are the regulation's, not an
//! industry's, so they live here; a plugin adds its industry's items after them.

use serde::{Deserialize, Serialize};

/// One base item: a stable code (stored, never renamed), its wording and the clause it rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BaseItem {
    pub code: &'static str,
    pub text_zh: &'static str,
    pub text_en: &'static str,
    pub basis: &'static str,
}

/// §二(三), items one to five, in the regulation's order.
pub const BASE_ITEMS: [BaseItem; 5] = [
    BaseItem {
        code: "LICENSE_MARKING",
        text_zh: "是否按照规定要求在产品包装上标注生产许可证编号和标识",
        text_en: "License number and mark on the product packaging as required",
        basis: "§二(三) 一",
    },
    BaseItem {
        code: "CONDITIONS_CHANGES",
        text_zh: "生产条件、检验手段、生产技术或工艺是否发生变化，若发生变化是否按照规定办理重新审查手续",
        text_en: "Changes of production conditions, inspection means, technology or process, and whether re-review was applied for",
        basis: "§二(三) 二",
    },
    BaseItem {
        code: "RAW_MATERIAL_INSPECTION",
        text_zh: "原辅材料进货验收制度是否有效运行（采购进货、入库验收、保管和使用）",
        text_en: "Incoming inspection of raw and auxiliary materials works (purchasing, acceptance, storage, use)",
        basis: "§二(三) 三",
    },
    BaseItem {
        code: "EXIT_INSPECTION",
        text_zh: "产品出厂检验的实施情况（出厂检验记录和报告）",
        text_en: "Factory-exit inspection carried out (its records and reports)",
        basis: "§二(三) 四",
    },
    BaseItem {
        code: "PACKAGING_LABELING",
        text_zh: "产品包装是否符合标识标注规定，是否存在误导、欺骗消费者的情况",
        text_en: "Packaging and labeling comply and neither mislead nor deceive consumers",
        basis: "§二(三) 五",
    },
];

crate::stored_enum! {
    /// The answer to one checklist item. Stored strings are never renamed.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "SCREAMING_SNAKE_CASE")]
    pub enum ItemAnswer {
        /// 符合 the item conforms.
        Conforming = "CONFORMING",
        /// 不符合 the item does not conform (a note says how).
        Nonconforming = "NONCONFORMING",
        /// 不适用 the item does not apply to this enterprise (a note says why).
        NotApplicable = "NOT_APPLICABLE",
    }
}

/// The base item with this code.
pub fn base_item(code: &str) -> Option<&'static BaseItem> {
    BASE_ITEMS.iter().find(|item| item.code == code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_five_items_are_the_regulations_in_order_with_unique_codes() {
        let bases: Vec<&str> = BASE_ITEMS.iter().map(|i| i.basis).collect();
        assert_eq!(bases, ["§二(三) 一", "§二(三) 二", "§二(三) 三", "§二(三) 四", "§二(三) 五"]);
        let mut codes: Vec<&str> = BASE_ITEMS.iter().map(|i| i.code).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), 5);
        assert_eq!(base_item("EXIT_INSPECTION").map(|i| i.basis), Some("§二(三) 四"));
        assert_eq!(base_item("exit_inspection"), None);
    }
}
