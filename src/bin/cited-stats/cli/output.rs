//! Where the command line's results go: a file, or standard output. The one place that writes
//! them, so every command treats a failed write alike: a reader that stopped reading (a closed
//! pipe, as in `cited-stats export | head`) ends the command quietly with success; any other
//! failure is named (exit 1, no usage: the arguments were fine).

use std::io::{ErrorKind, Write};
use std::path::Path;
use std::process::ExitCode;

/// A write that did not complete.
#[derive(Debug)]
pub enum WriteFailure {
    /// Standard output was closed by its reader: nothing is wrong, there is just no one to tell.
    ReaderGone,
    /// Anything else, named with the place written to and the system's reason.
    Failed(String),
}

impl WriteFailure {
    /// The exit code for this failure, after naming it on standard error when it is an error.
    pub fn exit_code(self) -> ExitCode {
        match self {
            WriteFailure::ReaderGone => ExitCode::SUCCESS,
            WriteFailure::Failed(message) => {
                eprintln!("cited-stats: {message}");
                ExitCode::FAILURE
            }
        }
    }
}

/// Writes `bytes` to the file `path`.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<(), WriteFailure> {
    std::fs::write(path, bytes)
        .map_err(|e| WriteFailure::Failed(format!("cannot write {}: {e}", path.display())))
}

/// Writes `bytes` to standard output and flushes it.
pub fn write_stdout(bytes: &[u8]) -> Result<(), WriteFailure> {
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(bytes)
        .and_then(|()| stdout.flush())
        .map_err(|e| match e.kind() {
            ErrorKind::BrokenPipe => WriteFailure::ReaderGone,
            _ => WriteFailure::Failed(format!("cannot write to standard output: {e}")),
        })
}

/// Writes `bytes` to `output` when given, else to standard output.
pub fn write_to(output: Option<&Path>, bytes: &[u8]) -> Result<(), WriteFailure> {
    match output {
        Some(path) => write_file(path, bytes),
        None => write_stdout(bytes),
    }
}

/// The exit code of a finished write: success, or the failure's.
pub fn exit_code(written: Result<(), WriteFailure>) -> ExitCode {
    written.map_or_else(WriteFailure::exit_code, |()| ExitCode::SUCCESS)
}

/// The exit code of a command that writes files and then prints a one-line summary: the summary
/// on standard output, or the problem named on standard error with exit 1.
pub fn report(summary: Result<String, String>) -> ExitCode {
    match summary {
        Ok(summary) => exit_code(write_stdout(summary.as_bytes())),
        Err(message) => {
            eprintln!("cited-stats: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Writes `text` to `path`, giving its length in bytes, or the failure as a message naming the file.
pub fn write_text(path: &Path, text: &str) -> Result<usize, String> {
    write_file(path, text.as_bytes()).map_err(|failure| match failure {
        WriteFailure::Failed(message) => message,
        WriteFailure::ReaderGone => format!("cannot write {}", path.display()),
    })?;
    Ok(text.len())
}
