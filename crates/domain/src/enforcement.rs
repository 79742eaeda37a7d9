//! Enforcement (§三): the cases the worst findings become — "对获得生产许可证后恶意造假坑害广大消费者
//! 的生产企业…立即责令其停止…收回假冒伪劣产品…上报总局或省局吊销其生产许可证，同时提请当地人民政府依法
//! 予以取缔，构成犯罪的，移交公安机关". docs/adr/0034.

pub mod counterfeit;
