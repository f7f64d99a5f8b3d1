#!/usr/bin/env node
import '../dist/stepwise.js';
