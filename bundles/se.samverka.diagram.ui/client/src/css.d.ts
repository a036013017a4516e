/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
declare module '*.css' {
    const text: string;
    export default text;
}
