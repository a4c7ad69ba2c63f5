// tap.js: a tiny TAP producer for the GJS tests (meson `protocol: 'tap'`)
//
// SPDX-License-Identifier: LGPL-2.1-or-later
//
//   import {test, assert, assertEqual, assertThrows, done} from './tap.js';
//   test('a name', () => { assertEqual(1 + 1, 2); });
//   done();   // prints the plan `1..N` and exits non-zero if a test failed
//
// Each test prints `ok N - name` or `not ok N - name` followed by the
// failure as `# ` diagnostic lines.

import GLib from 'gi://GLib';
import System from 'system';

let count = 0;
let failures = 0;

export class AssertionError extends Error {
    constructor(message) {
        super(message);
        this.name = 'AssertionError';
    }
}

function describe(value) {
    if (typeof value === 'string')
        return JSON.stringify(value);
    if (typeof value === 'bigint')
        return `${value}n`;
    if (Array.isArray(value))
        return `[${value.map(describe).join(', ')}]`;
    return String(value);
}

function diagnose(text) {
    for (const line of String(text).split('\n'))
        print(`# ${line}`);
}

// Runs fn as test number N; a thrown exception of any kind fails it.
export function test(name, fn) {
    count++;
    // `#` starts a directive in TAP: keep it out of names.
    const title = String(name).replace(/#/g, 'No.').replace(/\n/g, ' ');
    try {
        fn();
        print(`ok ${count} - ${title}`);
    } catch (e) {
        failures++;
        print(`not ok ${count} - ${title}`);
        if (e instanceof AssertionError) {
            diagnose(e.message);
        } else if (e instanceof GLib.Error) {
            diagnose(`unexpected GLib.Error ${GLib.quark_to_string(e.domain)} ${e.code}: ${e.message}`);
        } else {
            diagnose(`${e}`);
        }
        if (e && e.stack)
            diagnose(e.stack.trim());
    }
}

export function assert(condition, message = 'assertion failed') {
    if (!condition)
        throw new AssertionError(message);
}

function equal(a, b) {
    if (Array.isArray(a) && Array.isArray(b))
        return a.length === b.length && a.every((x, i) => equal(x, b[i]));
    return a === b;
}

// Strict equality; arrays are compared element by element.
export function assertEqual(actual, expected, message = '') {
    if (!equal(actual, expected)) {
        throw new AssertionError(
            `${message ? `${message}: ` : ''}expected ${describe(expected)}, got ${describe(actual)}`);
    }
}

// Expects fn to throw a GLib.Error; with domain and code, one that
// e.matches(domain, code), as e.matches(Reorg.Error, Reorg.Error.CYCLE).
// Returns the error for further checks.
export function assertThrows(fn, domain = undefined, code = undefined) {
    let error = null;
    try {
        fn();
    } catch (e) {
        error = e;
    }
    if (error === null)
        throw new AssertionError('expected an error, but nothing was thrown');
    if (!(error instanceof GLib.Error))
        throw new AssertionError(`expected a GLib.Error, got ${error}`);
    if (domain !== undefined && !error.matches(domain, code)) {
        throw new AssertionError(
            `expected error code ${code}, got ${GLib.quark_to_string(error.domain)} ${error.code}: ${error.message}`);
    }
    return error;
}

// Prints the plan and ends the process, with status 1 if a test failed.
export function done() {
    print(`1..${count}`);
    if (failures > 0) {
        printerr(`${failures} of ${count} tests failed`);
        System.exit(1);
    }
}
