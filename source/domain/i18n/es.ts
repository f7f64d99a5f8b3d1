// The Spanish catalog: neutral Spanish as card holders in the US and Mexico read it, addressing the
// reader as "usted". Keys are the English messages (translate.ts); a message missing here is said
// in English. Terms: "PIN" (the guide says once that some say NIP or clave), "paso", "subpaso",
// "consejo", "pregunta frecuente", "ruta" for a way through the guide, "hecho" for done.

import type { Catalog } from './translate.js';

export const ES: Catalog = {};
