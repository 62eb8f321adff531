// The floor an action's start-up is measured against: a bundle of only @actions/core + @actions/github
// that reads one input and fails, as an action does on a missing required input.
import * as core from '@actions/core';
import * as github from '@actions/github';

const value = core.getInput('url');
if (!value) core.setFailed(`Input 'url': is required (${github.context.eventName || 'no event'})`);
