export const id = 9951;
export const ids = [9951];
export const modules = {

/***/ 69951:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   concurrencyLimit: () => (/* binding */ concurrencyLimit)
/* harmony export */ });
/** Runs at most `limit` tasks at once; the rest wait in order (`onWait` tells when one must). */
function concurrencyLimit(limit) {
    let active = 0;
    const waiting = [];
    return async (task, onWait) => {
        // A finished task hands its slot straight to the next waiter, so `active` never overshoots.
        if (active >= limit) {
            onWait?.();
            await new Promise((resolve) => waiting.push(resolve));
        }
        else
            active++;
        try {
            return await task();
        }
        finally {
            const next = waiting.shift();
            if (next)
                next();
            else
                active--;
        }
    };
}


/***/ })

};
