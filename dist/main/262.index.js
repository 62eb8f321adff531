export const id = 262;
export const ids = [262];
export const modules = {

/***/ 1262:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   commentMarker: () => (/* binding */ commentMarker),
/* harmony export */   createOctokit: () => (/* binding */ createOctokit),
/* harmony export */   publishCheckRun: () => (/* binding */ publishCheckRun),
/* harmony export */   toCheckAnnotation: () => (/* binding */ toCheckAnnotation),
/* harmony export */   upsertPullRequestComment: () => (/* binding */ upsertPullRequestComment)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3836);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4384);


async function createOctokit(token, apiUrl) {
    const { getOctokit } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
    return getOctokit(token, { baseUrl: apiUrl });
}
function status(error) {
    return error.status;
}
/** The hidden line that lets the next run find this action's comment for this job. */
function commentMarker(action, job) {
    return `<!-- mlops-actions:${action}:${job || 'job'} -->`;
}
/** Posts the report as one comment per action and job, or edits the one a previous run left. */
async function upsertPullRequestComment(octokit, github, action, body, log) {
    if (!github.pullRequest || !github.repository)
        return 'skipped';
    const { owner, repo } = github.repository;
    const marker = commentMarker(action, github.job);
    const text = (0,_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .truncateChars */ .UT)(`${marker}\n${body}`, _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.commentChars, '_Truncated: the full report is in the job summary._');
    try {
        const comments = await octokit.paginate(octokit.rest.issues.listComments, {
            owner,
            repo,
            issue_number: github.pullRequest.number,
            per_page: 100,
        });
        const existing = comments.find((comment) => comment.body?.includes(marker));
        if (existing) {
            await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body: text });
            return 'updated';
        }
        await octokit.rest.issues.createComment({ owner, repo, issue_number: github.pullRequest.number, body: text });
        return 'created';
    }
    catch (error) {
        const hint = status(error) === 403 ? ' Grant the job `pull-requests: write` or set pr-comment: false.' : '';
        log.warning(`Could not write the PR comment: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}.${hint}`);
        return 'skipped';
    }
}
function toCheckAnnotation(finding) {
    const line = finding.line ?? 1;
    const endLine = finding.endLine ?? line;
    const annotation = {
        path: finding.file,
        start_line: line,
        end_line: endLine,
        annotation_level: finding.level === 'error' ? 'failure' : finding.level,
        message: finding.message.slice(0, 64 * 1024),
        title: finding.title ? finding.title.slice(0, 255) : undefined,
    };
    // GitHub accepts columns only on single-line annotations.
    if (finding.column && endLine === line) {
        annotation.start_column = finding.column;
        annotation.end_column = finding.endColumn ?? finding.column;
    }
    return annotation;
}
/**
 * One check run carrying every annotation that has a file, 50 per request as GitHub requires.
 * A token without `checks: write` is a warning, not a failure.
 */
async function publishCheckRun(octokit, github, action, report, log) {
    if (!github.repository)
        return undefined;
    const { owner, repo } = github.repository;
    const annotations = report.findings
        .filter((finding) => finding.file !== undefined)
        .map(toCheckAnnotation);
    const batches = [];
    for (let i = 0; i < annotations.length; i += _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.annotationsPerRequest)
        batches.push(annotations.slice(i, i + _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.annotationsPerRequest));
    // GitHub wants title and summary on every update; cut them once, not once per batch.
    const title = report.title.slice(0, 255);
    const summary = (0,_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .truncateChars */ .UT)(report.summary || report.title, _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.checkRunTextChars, '_Truncated: see the job summary._');
    const output = (batch) => ({ title, summary, ...(batch ? { annotations: batch } : {}) });
    try {
        const created = await octokit.rest.checks.create({
            owner,
            repo,
            name: github.job ? `${action} (${github.job})` : action,
            head_sha: github.pullRequest?.headSha ?? github.sha,
            status: 'completed',
            conclusion: report.passed ? 'success' : 'failure',
            output: output(batches[0]),
        });
        for (const batch of batches.slice(1)) {
            await octokit.rest.checks.update({ owner, repo, check_run_id: created.data.id, output: output(batch) });
        }
        return created.data.id;
    }
    catch (error) {
        const hint = status(error) === 403 ? ' The token cannot write checks: grant the job `checks: write` or set check-run: false.' : '';
        log.warning(`Could not create the check run: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}.${hint}`);
        return undefined;
    }
}


/***/ })

};
