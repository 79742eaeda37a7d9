//! Errors at the GraphQL boundary: every error a client sees carries a stable
//! `extensions.code` (docs/errors.md) and, for input errors, the field. Internal
//! errors become an opaque message with a correlation id; the cause goes to the log.

use async_graphql::ErrorExtensions;
use oversight_app::error::FieldProblem;
use oversight_app::{AppError, Code};

/// An error raised by the API layer itself (bad cursor, page too large …).
#[derive(Debug, Clone)]
pub struct ApiError {
    pub code: Code,
    pub message: String,
    pub field: Option<String>,
}

impl ApiError {
    pub fn new(code: Code, message: impl Into<String>) -> ApiError {
        ApiError { code, message: message.into(), field: None }
    }

    pub fn with_field(mut self, field: impl Into<String>) -> ApiError {
        self.field = Some(field.into());
        self
    }
}

impl From<ApiError> for async_graphql::Error {
    fn from(error: ApiError) -> async_graphql::Error {
        async_graphql::Error::new(error.message).extend_with(|_, e| {
            e.set("code", error.code.as_str());
            if let Some(field) = &error.field {
                e.set("field", field.as_str());
            }
        })
    }
}

/// Converts an application error for the client. `input` names the argument that
/// held the input object, so `field` reads as a path (`input.creditCode`).
pub fn app_error(error: AppError, input: Option<&str>) -> async_graphql::Error {
    let path = |field: &str| match input {
        Some(input) => format!("{input}.{field}"),
        None => field.to_owned(),
    };
    match error {
        AppError::Invalid(problems) => {
            let message = problems.iter().map(|p| p.message.as_str()).collect::<Vec<_>>().join("; ");
            let first = problems.first().cloned();
            async_graphql::Error::new(message).extend_with(|_, e| {
                e.set("code", first.as_ref().map_or(Code::BadUserInput, |p| p.code).as_str());
                if let Some(FieldProblem { field, .. }) = &first {
                    e.set("field", path(field));
                }
                let list: Vec<async_graphql::Value> = problems
                    .iter()
                    .map(|p| {
                        let mut map = async_graphql::indexmap::IndexMap::new();
                        map.insert(
                            async_graphql::Name::new("field"),
                            async_graphql::Value::from(path(&p.field)),
                        );
                        map.insert(
                            async_graphql::Name::new("code"),
                            async_graphql::Value::from(p.code.as_str()),
                        );
                        map.insert(
                            async_graphql::Name::new("message"),
                            async_graphql::Value::from(p.message.clone()),
                        );
                        async_graphql::Value::Object(map)
                    })
                    .collect();
                e.set("fieldErrors", async_graphql::Value::List(list));
            })
        }
        AppError::NotFound { what } => ApiError::new(Code::NotFound, format!("{what} not found")).into(),
        AppError::Refused { code, field, message } => {
            let error = ApiError::new(code, message);
            match field {
                Some(field) => error.with_field(path(field)).into(),
                None => error.into(),
            }
        }
        AppError::Unauthenticated { code, message } => ApiError::new(code, message).into(),
        AppError::Internal(cause) if cause.is_unavailable() => database_unavailable(&cause),
        AppError::Internal(cause) if cause.is_full() => storage_full(&cause),
        AppError::Internal(cause) => internal(&cause),
    }
}

/// The message of `DATABASE_UNAVAILABLE`: what happened and what to do, nothing of the cause.
pub const DATABASE_UNAVAILABLE_MESSAGE: &str = "the database is unavailable; retry the same request shortly";

/// The database could not be reached: the client learns that it may retry (the code is stable,
/// the message says nothing internal); the log gets the cause (docs/adr/0044).
fn database_unavailable(cause: &dyn std::error::Error) -> async_graphql::Error {
    tracing::warn!(cause = %cause, "database unavailable");
    ApiError::new(Code::DatabaseUnavailable, DATABASE_UNAVAILABLE_MESSAGE).into()
}

/// The message of `STORAGE_FULL`: what happened and what to do, nothing of the cause (which
/// disk, which file, which statement).
pub const STORAGE_FULL_MESSAGE: &str =
    "the database has no space left to store this; nothing was saved; retry the same request later";

/// The database refused a write for want of space: the client learns that nothing was saved
/// and that the same request may be sent again; the operator finds the cause in the log, as an
/// error, since only making room ends it (docs/adr/0044).
fn storage_full(cause: &dyn std::error::Error) -> async_graphql::Error {
    tracing::error!(cause = %cause, "storage full: a write was refused for want of space");
    ApiError::new(Code::StorageFull, STORAGE_FULL_MESSAGE).into()
}

/// A failed DataLoader batch, as every field that waited on it reports it. The application error
/// becomes a client error once, where the batch failed, and each waiting field gets a copy: a
/// refusal keeps its code (FORBIDDEN stays FORBIDDEN, NOT_FOUND stays NOT_FOUND), and an internal
/// failure is logged once, under the one correlation id every field quotes.
#[derive(Debug, Clone)]
pub struct BatchError(async_graphql::Error);

impl From<AppError> for BatchError {
    fn from(error: AppError) -> BatchError {
        BatchError(app_error(error, None))
    }
}

impl From<BatchError> for async_graphql::Error {
    fn from(error: BatchError) -> async_graphql::Error {
        error.0
    }
}

/// An opaque internal error: the client gets a correlation id to quote, the log
/// gets the cause chain under the same id.
pub fn internal(cause: &dyn std::error::Error) -> async_graphql::Error {
    let correlation_id = uuid::Uuid::new_v4().to_string();
    let mut chain = cause.to_string();
    let mut source = cause.source();
    while let Some(next) = source {
        chain.push_str(": ");
        chain.push_str(&next.to_string());
        source = next.source();
    }
    tracing::error!(correlation_id = %correlation_id, cause = %chain, "internal error");
    async_graphql::Error::new(format!("internal error; quote correlation id {correlation_id}")).extend_with(
        |_, e| {
            e.set("code", Code::Internal.as_str());
            e.set("correlationId", correlation_id.as_str());
        },
    )
}

/// Shorthand for resolvers: an application error without an input path.
pub trait ResultExt<T> {
    fn gql(self) -> async_graphql::Result<T>;
    fn gql_input(self, input: &str) -> async_graphql::Result<T>;
}

impl<T> ResultExt<T> for Result<T, AppError> {
    fn gql(self) -> async_graphql::Result<T> {
        self.map_err(|e| app_error(e, None))
    }

    fn gql_input(self, input: &str) -> async_graphql::Result<T> {
        self.map_err(|e| app_error(e, Some(input)))
    }
}

/// The application and the authenticated principal of this request.
pub fn caller<'a>(
    ctx: &async_graphql::Context<'a>,
) -> async_graphql::Result<(&'a oversight_app::App, &'a oversight_app::Principal)> {
    Ok((ctx.data::<oversight_app::App>()?, ctx.data::<oversight_app::Principal>()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_copy_of_a_batch_error_keeps_its_code() {
        let cases = [
            (AppError::NotFound { what: "enterprise" }, "NOT_FOUND"),
            (AppError::Refused { code: Code::Forbidden, field: None, message: "no".to_owned() }, "FORBIDDEN"),
        ];
        for (error, expected) in cases {
            let error = BatchError::from(error);
            for copy in [error.clone(), error] {
                let error = async_graphql::Error::from(copy);
                let code = error.extensions.as_ref().and_then(|e| e.get("code")).cloned();
                assert_eq!(code, Some(async_graphql::Value::from(expected)));
            }
        }
    }
}
