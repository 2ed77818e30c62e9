// Stands in for exceljs in the documents function bundle (see scripts/build-functions.ts):
// the documents function renders PDFs only; spreadsheets are made by the functions that
// export them. Using it here is a bug, and says so.
function unavailable() {
  throw new Error('exceljs is not bundled in the documents function (PDF only)');
}
module.exports = { Workbook: unavailable, default: { Workbook: unavailable } };
