//! Enforcement cases (§三): "对无证生产的企业,要督促企业积极申请取得生产许可证,达不到取证条件的,要及时
//! 向当地政府及有关部门通报,依法予以取缔" — unlicensed production (无证生产) — and the malicious
//! counterfeiting of a licensee (恶意造假). Each case is its own aggregate (docs/adr/0010).

pub mod unlicensed;
