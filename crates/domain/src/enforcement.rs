//! Enforcement cases (§三): the cases the worst findings become. Unlicensed production
//! (`unlicensed`): "对无证生产的企业,要督促企业积极申请取得生产许可证,达不到取证条件的,要及时向当地
//! 政府及有关部门通报,依法予以取缔" (docs/adr/0033). Malicious counterfeiting by a licensee
//! (`counterfeit`): "对获得生产许可证后恶意造假坑害广大消费者的生产企业…立即责令其停止…收回假冒伪劣产品…
//! 上报总局或省局吊销其生产许可证，同时提请当地人民政府依法予以取缔，构成犯罪的，移交公安机关"
//! (docs/adr/0034). Each case is its own aggregate (docs/adr/0010).

pub mod counterfeit;
pub mod unlicensed;
