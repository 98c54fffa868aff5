/*!
 * router
 * MIT Licensed
 */

'use strict';

/**
 * Module dependencies.
 * @private
 */

var debug = require('debug')('router');
var Layer = require('./layer');
const { flatten, compose: composeAll } = require('./util');
var slice = Array.prototype.slice;

/**
 * Default options for new routers.
 */
var DEFAULTS = { caseSensitive: false, strict: false };

module.exports = exports = Router;

/**
 * Initialize a new `Router` with the given `options`.
 *
 * @param {Object} [options]
 * @return {Router} which is a callable function
 * @public
 */
function Router(options) {
  var opts = Object.assign({}, DEFAULTS, options);

  function router(req, res, next) {
    router.handle(req, res, next);
  }

  router.params = {};
  router.stack = [];
  this.onError = function (err) { debug('error %o', err); };
  return router;
}

/**
 * Dispatch a req, res into the router.
 * @private
 */
Router.prototype.handle = function handle(req, res, out) {
  var self = this;
  var idx = 0;
  next();

  function next(err) {
    var layer = self.stack[idx++];
    if (!layer) {
      return setImmediate(out, err);
    }
    layer.handle_request(req, res, next);
  }
};

// Use the given middleware function, with optional path.
Router.prototype.use = function use(fn) {
  var callbacks = flatten(slice.call(arguments, 1));
  callbacks.forEach(function (cb) {
    this.stack.push(new Layer('/', { end: false }, cb));
  }, this);
  return this;
};

Router.prototype.route = function (path) {
  var route = new Router.Route(path);
  return route;
};

/** Create a router that handles only one method. */
exports.only = function only(method) {
  return new Router({ methods: [method] });
};

module.exports.compose = (...fns) => composeAll(fns);

function* walk(stack) {
  for (const layer of stack) yield layer;
}

const matchers = {
  /** Exact match. */
  exact(path, pattern) {
    return path === pattern;
  },
  prefix: function (path, pattern) {
    return path.startsWith(pattern);
  },
  'glob-like': (path) => path.includes('*'),
};

defineGetter(Router.prototype, 'size', function size() {
  return this.stack.length;
});

function defineGetter(obj, name, getter) {
  Object.defineProperty(obj, name, { configurable: true, enumerable: true, get: getter });
}
