export const id = 709;
export const ids = [709];
export const modules = {

/***/ 3709:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   getYamlOrFile: () => (/* binding */ getYamlOrFile),
/* harmony export */   h: () => (/* binding */ parseYaml)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3836);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6469);
// YAML-or-file inputs, apart from core/inputs.ts so that the YAML parser loads only on the paths
// that parse YAML, not at every action's start-up.





/** Parses YAML (a superset of JSON) text; throws a UserError naming `label` and the line of a syntax error. */
function syntaxError(label, file, line, column, reason, language) {
    const where = file ? (0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .formatLocation */ .j$)(file, line, column) : line ? `line ${line}` : language;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${label}: ${where}: ${reason}. Fix the ${language} syntax there.`, { file, line, column });
}
/**
 * A .json file YAML cannot read gets JSON's own error, worded in JSON's terms. YAML reads first so
 * that what Python's json.dump writes (NaN, Infinity) still loads, for the caller to judge.
 */
function checkJson(text, label, file) {
    try {
        JSON.parse(text);
    }
    catch (error) {
        const message = error.message;
        const position = /at position (\d+)/.exec(message);
        const offset = position ? Number(position[1]) : undefined;
        const before = offset === undefined ? undefined : text.slice(0, offset).split('\n');
        const line = before?.length;
        const column = before ? before[before.length - 1].length + 1 : undefined;
        throw syntaxError(label, file, line, column, message.replace(/ in JSON at position \d+.*$/s, '').replace(/^JSON\.parse: /, ''), 'JSON');
    }
}
function parseYaml(text, label, file) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_2__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
    const [error] = doc.errors;
    if (error) {
        if (file && /\.json$/i.test(file))
            checkJson(text, label, file);
        const reason = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
        throw syntaxError(label, file, error.linePos?.[0].line, error.linePos?.[0].col, reason, 'YAML');
    }
    return {
        value: doc.toJS(),
        file,
        lineOf(keyPath) {
            const node = doc.getIn(keyPath, true);
            let range = node?.range;
            if (keyPath.length > 0) {
                const parent = doc.getIn(keyPath.slice(0, -1), true);
                if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(parent)) {
                    const pair = parent.items.find((item) => item.key?.value === keyPath[keyPath.length - 1]);
                    range = pair?.key?.range ?? range;
                }
                else if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(parent))
                    range = parent.items[Number(keyPath[keyPath.length - 1])]?.range ?? range;
            }
            return range ? lineCounter.linePos(range[0]).line : undefined;
        },
    };
}
const FILE_EXTENSIONS = /\.(ya?ml|json)$/i;
/**
 * An input that is either inline YAML/JSON or the path of a YAML/JSON file. A single line
 * ending in .yml/.yaml/.json is a path and must exist; anything else is parsed inline.
 */
function getYamlOrFile(read, name, cwd) {
    const raw = read(name);
    const value = raw.trim();
    if (value === '')
        return undefined;
    if (!value.includes('\n') && FILE_EXTENSIONS.test(value)) {
        const full = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(cwd, value);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(full))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(name, `file '${value}' does not exist (resolved to ${full}).`, { file: value });
        let text;
        try {
            text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(full, 'utf8');
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(name, `file '${value}' cannot be read: ${error.message}`, { file: value });
        }
        return parseYaml(text, `Input '${name}'`, value);
    }
    return parseYaml(raw, `Input '${name}'`);
}


/***/ })

};
