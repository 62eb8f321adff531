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
// YAML-or-file inputs, apart from core/inputs.ts so that the YAML parser loads only on the paths
// that parse YAML, not at every action's start-up.




/** Parses YAML (a superset of JSON) text; throws a UserError naming `label` and the line of a syntax error. */
function parseYaml(text, label, file) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_2__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
    const [error] = doc.errors;
    if (error) {
        const line = error.linePos?.[0].line;
        const column = error.linePos?.[0].col;
        const where = file ? `${file}${line ? `:${line}` : ''}${line && column ? `:${column}` : ''}` : line ? `line ${line}` : 'YAML';
        const reason = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${label}: ${where}: ${reason}. Fix the YAML syntax there.`, { file, line, column });
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
