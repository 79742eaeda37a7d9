//! One open unlicensed-production case per producer, held by the database and not only by the use
//! case's check (docs/adr/0033 decision 9): two open rows of one credit code inserted straight
//! through storage — as two racing opens would, each past its check — are refused by the partial
//! unique index `ux_unlicensed_case_open`, on both databases; once the first is dismissed, a new
//! case of the producer stands, and producers without a credit code are not covered.

use oversight_domain::enforcement::unlicensed::{
    CaseSource, Finding, Producer, UnlicensedEvent, UnlicensedStatus,
};
use oversight_domain::{CreditCode, RegionCode};
use oversight_storage::StorageError;
use oversight_storage::enforcement::unlicensed::{self as store, NewCase, UnlicensedRecord};
use oversight_tests::{TestServer, on_both_databases};

use crate::common::credit_code;

on_both_databases!(a_second_open_unlicensed_case_of_a_producer_is_refused, open_index_body);

fn producer(credit_code: Option<CreditCode>) -> Producer {
    Producer {
        name: "玄武区某电线作坊".to_owned(),
        credit_code,
        address: "南京市玄武区某路1号".to_owned(),
        region: RegionCode::parse("320102").unwrap(),
        industry: "wire-cable".to_owned(),
        product: "BV 2.5 电线".to_owned(),
    }
}

/// Inserts a FOUND case of `producer` in its own transaction, as a racing open would.
async fn insert(server: &TestServer, producer: &Producer) -> Result<UnlicensedRecord, StorageError> {
    let finding = Finding {
        source: CaseSource::Complaint,
        patrol_id: None,
        reference: Some("投诉 2027-001".to_owned()),
        text: "无证生产电线".to_owned(),
        found_on: server.app.today(),
    };
    let new = NewCase {
        producer,
        finding: &finding,
        enterprise_id: None,
        authority_id: server.national_authority,
        opened_by: "index-test",
    };
    let tx = server.app.store().begin().await.unwrap();
    let record = store::insert(&tx, &new, oversight_app::now()).await?;
    tx.commit().await.unwrap();
    Ok(record)
}

async fn open_index_body(server: &TestServer) {
    let code = CreditCode::parse(&credit_code("320102", 777)).unwrap();
    let first = insert(server, &producer(Some(code.clone()))).await.unwrap();
    let second = insert(server, &producer(Some(code.clone()))).await;
    assert!(matches!(second, Err(StorageError::Conflict(_))), "a second open case stood: {second:?}");

    // Dismissed, the first no longer holds the producer: a new case stands.
    let dismissed =
        first.case.finished(UnlicensedEvent::Dismiss, "误立案".to_owned(), server.app.today()).unwrap();
    assert_eq!(dismissed.status, UnlicensedStatus::Dismissed);
    let tx = server.app.store().begin().await.unwrap();
    assert!(store::save(&tx, &first.case, &dismissed, "index-test", oversight_app::now()).await.unwrap());
    tx.commit().await.unwrap();
    insert(server, &producer(Some(code))).await.unwrap();

    // Without a credit code nothing identifies the producer: the index does not cover it.
    insert(server, &producer(None)).await.unwrap();
    insert(server, &producer(None)).await.unwrap();
}
