// Stands in for brotli/decompress.js in the documents function bundle: fontkit needs it only
// for WOFF2 fonts, and the embedded font is WOFF (WOFF2 also renders invisible text in pdfkit).
module.exports = function decompress() {
  throw new Error('WOFF2 fonts are not supported in the documents function');
};
