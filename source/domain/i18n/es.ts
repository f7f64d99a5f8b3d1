// The Spanish catalog: neutral Spanish as card holders in the US and Mexico read it, addressing the
// reader as "usted". Keys are the English messages (translate.ts); a message missing here is said
// in English. Terms: "PIN" (the guide says once that some say NIP or clave), "paso", "subpaso",
// "consejo", "pregunta frecuente", "ruta" for a way through the guide, "hecho" for done.

import type { Catalog } from './translate.js';

export const ES: Catalog = {
  'unknown option {option}': 'opción desconocida: {option}',
  'option {option} needs a value': 'la opción {option} necesita un valor',
  'unknown command "{command}" (commands: {commands})':
    'comando desconocido "{command}" (comandos: {commands})',
  'option --{option} does not apply to the app':
    'la opción --{option} no se aplica a la aplicación',
  'option --{option} does not apply to "{command}"':
    'la opción --{option} no se aplica a "{command}"',
  'option --theme takes {values}, not "{value}"':
    'la opción --theme admite {values}; "{value}" no es válido',
  '{command} takes no arguments, but was given "{argument}"':
    '{command} no admite argumentos, pero recibió "{argument}"',
  'say which format: --ics (iCalendar, for any calendar app)':
    'indique el formato: --ics (iCalendar, para cualquier aplicación de calendario)',
  '{count} events: import it into your calendar app.': {
    one: '{count} evento: impórtelo en su aplicación de calendario.',
    other: '{count} eventos: impórtelos en su aplicación de calendario.',
  },
  '{count} events written to {file}: import it into your calendar app.': {
    one: '{count} evento escrito en {file}: impórtelo en su aplicación de calendario.',
    other: '{count} eventos escritos en {file}: impórtelo en su aplicación de calendario.',
  },
  'No open waits: the wait for {items} has run out, so the calendar has no events ("stepwise due" says what to do now).':
    'No hay esperas abiertas: la espera de {items} ya venció, así que el calendario no tiene eventos ("stepwise due" le indica qué hacer ahora).',
  'No open waits: the calendar has no events. Mark the step that starts a wait done first.':
    'No hay esperas abiertas: el calendario no tiene eventos. Primero marque como hecho el paso que inicia una espera.',
  'Wrote {file}': 'Se guardó {file}.',
  'the translation has the id "{id}" but {original} has "{expected}": give it the same id':
    'la traducción tiene el id "{id}", pero {original} tiene "{expected}": asígnele el mismo id',
  'the translation lacks {count} items of {original}, shown from it instead: {ids}': {
    one: 'a la traducción le falta {count} elemento de {original}; se muestra el original en su lugar: {ids}',
    other:
      'a la traducción le faltan {count} elementos de {original}; se muestran los originales en su lugar: {ids}',
  },
  '"{id}" is not an item of {original}: it is never shown; use the id of the item it translates':
    '"{id}" no es un elemento de {original}: nunca se muestra; use el id del elemento que traduce',
  'No guides found.': 'No se encontraron guías.',
  'name at least one step or sub-step, by its number (2.1) or id (see "stepwise print")':
    'indique al menos un paso o subpaso, por su número (2.1) o su id (vea "stepwise print")',
  'no step or sub-step "{id}"': 'no existe ningún paso ni subpaso "{id}"',
  'Name items by the numbers the app shows (2.1, 3) or by their ids: {ids}':
    'Indique los elementos por los números que muestra la aplicación (2.1, 3) o por sus identificadores: {ids}',
  'name a step or sub-step id, then the note (see "stepwise note --help")':
    'indique el id de un paso o subpaso y luego la nota (vea "stepwise note --help")',
  'unknown id "{id}"': 'id desconocido: "{id}"',
  'name it by its number (3.2) or id (stepwise print)':
    'indíquelo por su número (3.2) o su id (vea "stepwise print")',
  'Noted on {item}, {time}.': 'Nota guardada en {item} ({time}).',
  'No notes on "{guide}" yet: stepwise note <id> <text>, or n in the app.':
    'Aún no hay notas en "{guide}": use stepwise note <id> <texto> o pulse n en la aplicación.',
  'not on a terminal, so not asking: add --yes to reset without asking':
    'no se está ejecutando en una terminal, así que no se puede pedir confirmación: agregue --yes para reiniciar sin confirmar',
  'Reset all progress on "{guide}"? [y/N]': '¿Reiniciar todo el progreso de "{guide}"? [s/N]',
  'Nothing was reset.': 'No se reinició nada.',
  'Progress on "{guide}" was reset.': 'Se reinició el progreso de "{guide}".',
  '"{guide}" has no routes to choose from': '"{guide}" no tiene rutas para elegir',
  'Your route: {route}': 'Su ruta: {route}',
  'No route chosen yet.': 'Aún no ha elegido una ruta.',
  'Routes: {routes}': 'Rutas: {routes}',
  'give a route or --clear, not both': 'indique una ruta o --clear, no ambos',
  'no route "{route}"': 'no existe la ruta "{route}"',
  'routes: {routes}': 'rutas: {routes}',
  'No route: every step counts.': 'Sin ruta: cuentan todos los pasos.',
  'say what to look for, e.g. stepwise search "lost pin"':
    'indique qué buscar, p. ej., stepwise search "pin perdido"',
  '--limit takes a whole number from 1 up, not "{value}"':
    '--limit admite un número entero a partir de 1, no "{value}"',
  'No matches for {query}. Try fewer words, or check the spelling.':
    'No hay resultados para {query}. Pruebe con menos palabras o revise la ortografía.',
  'Nothing answers {query} well. The closest guesses:':
    'Ningún resultado coincide bien con {query}. Los más parecidos:',
  'sub-step': 'subpaso',
  step: 'paso',
  tip: 'consejo',
  'use another guide file, or a guide of the content folders by id':
    'usar otro archivo de guía, o una guía de las carpetas de contenido por su id',
  'print JSON (described in docs/json.md)': 'mostrar JSON (descrito en docs/json.md)',
  'print the whole guide as text, or as JSON': 'mostrar toda la guía como texto o como JSON',
  'search the guide (questions, steps and tips), best match first':
    'buscar en la guía (preguntas, pasos y consejos), primero el mejor resultado',
  'at most N results (10)': 'como máximo N resultados (10)',
  'search only the questions of the FAQ': 'buscar solo en las preguntas frecuentes',
  'the whole guide (what search does without --faq)': 'toda la guía (lo que hace search sin --faq)',
  "search every guide's FAQ and steps; each result names its guide":
    'buscar en las preguntas frecuentes y los pasos de todas las guías; cada resultado indica su guía',
  'list the guides of the content folders': 'listar las guías de las carpetas de contenido',
  'also list the guides in this folder': 'listar también las guías de esta carpeta',
  'check guide files: one path:line: message per problem':
    'revisar archivos de guía: una línea ruta:línea: mensaje por cada problema',
  'what you have done, your route, what is next and any wait':
    'lo que ya hizo, su ruta, lo que sigue y cualquier espera',
  'mark steps or sub-steps done, by number (2.1) or id':
    'marcar pasos o subpasos como hechos, por número (2.1) o id',
  'mark steps or sub-steps not done': 'marcar pasos o subpasos como no hechos',
  'show or choose your route (the way you take)': 'mostrar o elegir su ruta (el camino que sigue)',
  'choose no route: every step counts': 'no elegir ninguna ruta: cuentan todos los pasos',
  'clear your progress on the guide (asks on a terminal)':
    'borrar su progreso en la guía (pregunta antes si está en una terminal)',
  'do not ask': 'no preguntar',
  'the guide as a Markdown checklist with your marks and dates':
    'la guía como lista de verificación en Markdown, con sus marcas y fechas',
  'write to FILE instead of the terminal ("-" is the terminal)':
    'escribir en FILE en lugar de la terminal ("-" es la terminal)',
  'keep a note on a step: a call, a reference, a promise':
    'guardar una nota en un paso: una llamada, una referencia, una promesa',
  'your notes on the guide, newest first': 'sus notas de la guía, primero las más recientes',
  'what needs you today: a wait that opens, ends or has run out (exit 3)':
    'lo que requiere su atención hoy: una espera que empieza, termina o ya venció (código de salida 3)',
  'your open waits as a calendar file (iCalendar) with reminders':
    'sus esperas abiertas como archivo de calendario (iCalendar) con recordatorios',
  'write iCalendar (RFC 5545), for any calendar app':
    'escribir iCalendar (RFC 5545), para cualquier aplicación de calendario',
  'your settings: {settings}': 'su configuración: {settings}',
  'print where your progress is kept': 'mostrar dónde se guarda su progreso',
  'where progress is synced, and the devices seen there':
    'dónde se sincroniza el progreso y qué dispositivos se han visto allí',
  'turn a plain-text how-to article into a guide file':
    'convertir un artículo de instrucciones en texto plano en un archivo de guía',
  "the new guide's id": 'el id de la nueva guía',
  'write the guide to FILE (never over an existing file)':
    'escribir la guía en FILE (nunca sobre un archivo existente)',
  'a script that completes commands, options, guide and step ids':
    'un script que completa comandos, opciones e id de guías y pasos',
  "this help, or one command's": 'esta ayuda, o la de un comando',
  'also look for guides in this folder': 'buscar guías también en esta carpeta',
  'print the guide instead of opening the full-screen app':
    'mostrar la guía como texto en lugar de abrir la aplicación a pantalla completa',
  'reload the guide when its file changes (for authors)':
    'volver a cargar la guía cuando cambie su archivo (para autores)',
  'no clicks or wheel in the app (the terminal selects text as usual)':
    'sin clics ni rueda del mouse en la aplicación (la terminal selecciona texto como siempre)',
  'colours for the background (auto asks the terminal)':
    'colores según el fondo (auto se lo pregunta a la terminal)',
  'plain lines, every state in words: for screen readers and braille':
    'líneas simples, cada estado en palabras: para lectores de pantalla y braille',
  'the full screen, whatever the setting or the environment says':
    'usar la pantalla completa, sin importar la configuración ni el entorno',
  'the language of the interface and of guides with a translation':
    'el idioma de la interfaz y de las guías que tengan traducción',
  "show this help; with a command, that command's":
    'mostrar esta ayuda; con un comando, la de ese comando',
  'show the version': 'mostrar la versión',
  success: 'éxito',
  'not done: a guide with errors, an unknown item, a refused value, not saved':
    'no se completó: una guía con errores, un elemento desconocido, un valor rechazado, algo no guardado',
  'a mistyped command': 'un comando mal escrito',
  '"stepwise due" found something that needs you today':
    '"stepwise due" encontró algo que requiere su atención hoy',
  'keep progress, settings and caches in this folder':
    'guardar el progreso, la configuración y las cachés en esta carpeta',
  'more folders of guides, joined with ":"': 'más carpetas de guías, separadas por ":"',
  'whose public holidays business days skip, for one run (e.g. GB)':
    'el país cuyos días festivos no cuentan como días hábiles, para una sola ejecución (p. ej., GB)',
  'the sync folder for one run, or "off" (see "stepwise sync")':
    'la carpeta de sincronización para una sola ejecución, u "off" (vea "stepwise sync")',
  'the country, when no setting names one (en_US is US)':
    'el país, si ninguna configuración lo indica (en_US es EE. UU.)',
  'show where an unexpected error happened': 'mostrar dónde ocurrió un error inesperado',
  'no colour at all': 'sin ningún color',
  'as --screen-reader': 'igual que --screen-reader',
  'print instead of opening the full-screen app':
    'mostrar como texto en lugar de abrir la aplicación a pantalla completa',
  '(none)': '(ninguno)',
  'open the guide full-screen (printed when not on a terminal)':
    'abrir la guía a pantalla completa (se muestra como texto si no está en una terminal)',
  'Work through a how-to guide in your terminal. With no command, opens it full-screen.':
    'Siga paso a paso una guía práctica en su terminal. Sin un comando, stepwise abre la guía a pantalla completa.',
  Commands: 'Comandos',
  Options: 'Opciones',
  Environment: 'Entorno',
  'Exit codes': 'Códigos de salida',
  'Run "stepwise help <command>" for a command\'s options and examples.':
    'Ejecute "stepwise help <comando>" para ver las opciones y los ejemplos de un comando.',
  'stepwise is an unofficial guide. It never asks for, shows or stores a PIN or a card number.':
    'stepwise es una guía no oficial. Nunca le pide, muestra ni guarda un PIN ni un número de tarjeta.',
  'Usage: stepwise {usage}': 'Uso: stepwise {usage}',
  Examples: 'Ejemplos',
  'Usage: stepwise [command] [options]': 'Uso: stepwise [comando] [opciones]',
  'skipping {file}: its id "{id}" is already taken by {other}; give one of them another id':
    'se omite {file}: su id "{id}" ya lo usa {other}; asigne otro id a uno de los dos',
  'skipping {file}: it has errors (see "stepwise lint {file}")':
    'se omite {file}: tiene errores (vea "stepwise lint {file}")',
  '(did you mean: {names}?)': '(¿quiso decir: {names}?)',
  'cannot open {file}: fix the problems above (try "stepwise lint {file}")':
    'no se puede abrir {file}: corrija los problemas indicados arriba (pruebe "stepwise lint {file}")',
  '(set STEPWISE_DEBUG=1 to see where it happened)':
    '(defina STEPWISE_DEBUG=1 para ver dónde ocurrió)',
  'unexpected error: {error}': 'error inesperado: {error}',
  '{file} {reason}: name a file to write': '{file} {reason}: indique un archivo en el que escribir',
  '{file} is read-only: name another file, or make it writable':
    '{file} es de solo lectura: indique otro archivo o permita escribir en él',
  'cannot write {file} ({code}): check the folder exists and is writable':
    'no se puede escribir {file} ({code}): compruebe que la carpeta exista y permita escribir en ella',
  'no guides found in {folders}': 'no se encontraron guías en {folders}',
  'did you mean "{name}"?': '¿quiso decir "{name}"?',
  '(see "stepwise --help")': '(vea "stepwise --help")',
  'no command "{command}" (commands: {commands})':
    'no existe el comando "{command}" (comandos: {commands})',
  'no such folder': 'no existe esa carpeta',
  'cannot write the output ({code}): is the disk full?':
    'no se puede escribir la salida ({code}): ¿está lleno el disco?',
  '{max} business days': { one: '{max} día hábil', other: '{max} días hábiles' },
  '{min}-{max} business days': { one: '{min}-{max} día hábil', other: '{min}-{max} días hábiles' },
  '{max} weeks': { one: '{max} semana', other: '{max} semanas' },
  '{min}-{max} weeks': { one: '{min}-{max} semana', other: '{min}-{max} semanas' },
  '{max} days': { one: '{max} día', other: '{max} días' },
  '{min}-{max} days': { one: '{min}-{max} día', other: '{min}-{max} días' },
  "That looks like a {secret}. stepwise never needs one: don't type it here.":
    'Eso parece un {secret}. stepwise nunca lo necesita: no lo escriba aquí.',
  'card number': 'número de tarjeta',
  PIN: 'PIN',
  'security code': 'código de seguridad',
  'Social Security number': 'número de Seguro Social',
  'Expected: {item} ({guide})': 'En espera: {item} ({guide})',
  'Last expected day: {item}': 'Último día previsto: {item}',
  'If it has not come: {item} ({guide})': 'Si no ha llegado: {item} ({guide})',
  '{item} was expected by {date}. If it has not happened, turn to {then}.':
    'Se esperaba el resultado de "{item}" a más tardar el {date}. Si no ha ocurrido, pase a "{then}".',
  'the note is empty': 'la nota está vacía',
  'the note is {count} characters long; keep it under {most}':
    'la nota tiene {count} caracteres; debe tener menos de {most}',
  'not saved: the note looks like it holds a {secret}. Leave that out':
    'no se guardó: parece que la nota contiene un {secret}. Quítelo',
  'route: {route}': 'ruta: {route}',
  'no route chosen yet': 'aún no ha elegido una ruta',
  'Next: {item}': 'Siguiente: {item}',
  'Everything on your route is done.': 'Todo lo de su ruta está hecho.',
  'other route': 'otra ruta',
  'done {date}': 'hecho el {date}',
  'note {time}: {note}': 'nota del {time}: {note}',
  'exported {date}': 'exportado el {date}',
  'not on your route': 'fuera de su ruta',
  'wait: {length}': 'espera: {length}',
  'have at hand: {things}': 'tenga a mano: {things}',
  'note, {time}: {note}': 'nota del {time}: {note}',
  '{done}/{count} done': '{done}/{count} hechos',
  '(weekends only: no country set for public holidays; see "stepwise config")':
    '(solo se excluyen los fines de semana: no hay un país configurado para los días festivos; vea "stepwise config")',
  '(weekends only: no public holidays known for {country} in those dates)':
    '(solo se excluyen los fines de semana: no se conocen días festivos de {country} en esas fechas)',
  '(business days in {country})': '(días hábiles en {country})',
  '{holiday} on {date}': '{holiday} el {date}',
  '(business days in {country}, not counting {holidays})':
    '(días hábiles en {country}, sin contar {holidays})',
  'the outcome of {item}': 'el resultado de {item}',
  'Press c for {item}.': 'Pulse c para ir a "{item}".',
  'If it has not come, turn to {item}.': 'Si no ha llegado, pase a "{item}".',
  '{subject} is {count} days late: it was expected by {date}.': {
    one: '{subject} lleva {count} día de retraso: se esperaba a más tardar el {date}.',
    other: '{subject} lleva {count} días de retraso: se esperaba a más tardar el {date}.',
  },
  'Expect {subject} today, the last expected day.': 'Espere {subject} hoy, el último día previsto.',
  'Expect {subject} any day now, by {date} ({count} days left).': {
    one: 'Espere {subject} en cualquier momento, a más tardar el {date} (queda {count} día).',
    other: 'Espere {subject} en cualquier momento, a más tardar el {date} (quedan {count} días).',
  },
  'Expect {subject} on {date} ({count} days left).': {
    one: 'Espere {subject} el {date} (queda {count} día).',
    other: 'Espere {subject} el {date} (quedan {count} días).',
  },
  'Expect {subject} between {from} and {date} ({count} days left).': {
    one: 'Espere {subject} entre el {from} y el {date} (queda {count} día).',
    other: 'Espere {subject} entre el {from} y el {date} (quedan {count} días).',
  },
  'Requested {date}': 'Fecha de solicitud: {date}',
  'your search': 'su búsqueda',
  'moments ago': 'hace un momento',
  'Note: {text}': 'Nota: {text}',
  STEPS: 'PASOS',
  'Have at hand: {things}': 'Tenga a mano: {things}',
  TIPS: 'CONSEJOS',
  FAQ: 'Preguntas',
  'Q: ': 'P: ',
  'Lines {from} to {to} of {count}, Page Down for more.':
    'Líneas {from} a {to} de {count}; Avanzar página para más.',
  'Lines {from} to {to} of {count}.': 'Líneas {from} a {to} de {count}.',
  '{item}: lines {from} to {to} of {count}, Page Down for more.':
    '{item}: líneas {from} a {to} de {count}; Avanzar página para más.',
  '{item}: lines {from} to {to} of {count}.': '{item}: líneas {from} a {to} de {count}.',
  'step {number}': 'paso {number}',
  'Not chosen yet': 'Aún sin elegir',
  'Reset all progress on this guide? Press y to reset, n to keep it.':
    '¿Reiniciar todo el progreso de esta guía? Pulse y (sí) para reiniciarlo o n para conservarlo.',
  'A note for later: who you spoke to, a reference, a promise. Enter saves, Esc cancels.':
    'Una nota para después: con quién habló, una referencia, una promesa. Enter guarda, Esc cancela.',
  'Open which link? {typed}… (Enter to open it, Esc cancels)':
    '¿Qué enlace abrir? {typed}… (Enter lo abre, Esc cancela)',
  '({count} links: type a number, then Enter)':
    '({count} enlaces: escriba un número y luego Enter)',
  'Open which link? {links} · Esc cancels': '¿Qué enlace abrir? {links} · Esc cancela',
  'Delete which note? Type its number (1 is the newest), Esc to keep them all.':
    '¿Qué nota borrar? Escriba su número (1 es la más reciente), o Esc para conservarlas todas.',
  'Delete which note? {typed}… (Enter to choose it, Esc to keep them all)':
    '¿Qué nota borrar? {typed}… (Enter la elige, Esc las conserva todas)',
  'Delete the note of {time}, "{note}"? y deletes it, n keeps it.':
    '¿Borrar la nota del {time} ("{note}")? Pulse y (sí) para borrarla o n para conservarla.',
  '(Esc hides this.)': '(Esc oculta esto.)',
  '(cursor before character {place} of {count})': '(cursor antes del carácter {place} de {count})',
  '{pane} (key {key})': '{pane} (tecla {key})',
  'Note on {item}:': 'Nota sobre {item}:',
  'Search the guide:': 'Buscar en la guía:',
  empty: 'vacío',
  'Press / to search the guide.': 'Pulse / para buscar en la guía.',
  'Problem: {problem}': 'Problema: {problem}',
  '{done} of {count} done. ? for keys, q quits.':
    '{done} de {count} hechos. ? muestra las teclas, q sale.',
  'sub-step {number}': 'subpaso {number}',
  Tips: 'Consejos',
  'Keys. Every key works as on the full screen. Esc or ? closes this list.':
    'Teclas. Todas funcionan igual que en pantalla completa. Esc o ? cierra esta lista.',
  '{count} questions': { one: '{count} pregunta', other: '{count} preguntas' },
  'no matches': 'sin resultados',
  'no close match: guesses': 'sin coincidencias claras: sugerencias',
  '{count} matches': { one: '{count} resultado', other: '{count} resultados' },
  'This guide has no questions.': 'Esta guía no tiene preguntas.',
  'Nothing matches {query}. Try fewer words, or check the spelling.':
    'Nada coincide con {query}. Pruebe con menos palabras o revise la ortografía.',
  'This guide has one way through: no route to choose.':
    'Esta guía tiene un solo camino: no hay ruta que elegir.',
  'Nothing here.': 'No hay nada aquí.',
  'not done': 'no hecho',
  'Have at hand': 'Tenga a mano',
  'Sub-steps': 'Subpasos',
  done: 'hecho',
  'Notes ({count})': 'Notas ({count})',
  'n adds one, x deletes': 'n agrega una, x borra una',
  'Not translated yet: shown as the guide was written.':
    'Aún sin traducir: se muestra en el idioma original de la guía.',
  Overall: 'General',
  '{done} of {count} done, {percent}%': '{done} de {count} hechos ({percent}%)',
  Route: 'Ruta',
  'not chosen: every step counts. Choose yours in the list (Enter) to count only its steps.':
    'sin elegir (cuentan todos los pasos). Elija la suya en la lista (Enter) para contar solo sus pasos.',
  Next: 'Siguiente',
  '(press c)': '(pulse c)',
  'nothing: all done': 'nada: todo está hecho',
  Overdue: 'Vencido',
  Waiting: 'Pendiente',
  Steps: 'Pasos',
  started: 'en curso',
  '{done} of {count}': '{done} de {count}',
  "r resets this guide's progress (asks first).":
    'r reinicia el progreso de esta guía (pregunta antes).',
  Tab: 'Tab',
  'S-Tab': 'Mayús-Tab',
  PgUp: 'RePág',
  PgDn: 'AvPág',
  Home: 'Inicio',
  End: 'Fin',
  Enter: 'Enter',
  Esc: 'Esc',
  Space: 'Espacio',
  Backspace: 'Retroceso',
  'next pane': 'panel siguiente',
  '←→ panes': '←→ paneles',
  'previous pane': 'panel anterior',
  'jump to a pane': 'ir a un panel',
  'next item': 'elemento siguiente',
  '↑↓ move': '↑↓ mover',
  'previous item': 'elemento anterior',
  'first item': 'primer elemento',
  'last item': 'último elemento',
  'scroll down': 'desplazar hacia abajo',
  'scroll up': 'desplazar hacia arriba',
  'open / close': 'abrir / cerrar',
  '⏎ open': '⏎ abrir',
  'choose route': 'elegir ruta',
  '⏎ choose route': '⏎ elegir ruta',
  'go to the step or tip found': 'ir al paso o consejo encontrado',
  'next to do': 'ir a lo siguiente por hacer',
  'c continue': 'c seguir',
  'reset progress': 'reiniciar el progreso',
  'r reset': 'r reiniciar',
  yes: 'sí',
  'y yes': 'y sí',
  'no, keep it': 'no, conservarlo',
  'n no': 'n no',
  "open the item's link in the browser": 'abrir el enlace del elemento en el navegador',
  "copy the item's text": 'copiar el texto del elemento',
  'choose a link by its number': 'elegir un enlace por su número',
  '0-9 number': '0-9 número',
  'open the link with that number': 'abrir el enlace con ese número',
  cancel: 'cancelar',
  'Esc cancel': 'Esc cancelar',
  'write a note (a call, a reference)': 'escribir una nota (una llamada, una referencia)',
  'n note': 'n nota',
  'delete a note (asks first)': 'borrar una nota (pregunta antes)',
  'save the note': 'guardar la nota',
  '⏎ save': '⏎ guardar',
  'cursor left': 'cursor a la izquierda',
  'cursor right': 'cursor a la derecha',
  'to the start of the note': 'al inicio de la nota',
  'to the end of the note': 'al final de la nota',
  'delete to the start': 'borrar hasta el inicio',
  'delete the word before the cursor': 'borrar la palabra antes del cursor',
  'choose a note by its number': 'elegir una nota por su número',
  'delete the note with that number (asks first)': 'borrar la nota con ese número (pregunta antes)',
  '⏎ choose': '⏎ elegir',
  'back / close': 'volver / cerrar',
  'done / not done': 'hecho / no hecho',
  '␣ done': '␣ hecho',
  'search the guide': 'buscar en la guía',
  '/ search': '/ buscar',
  'next result': 'resultado siguiente',
  '↑↓ results': '↑↓ resultados',
  'previous result': 'resultado anterior',
  'open the selected result': 'abrir el resultado seleccionado',
  'clear the search': 'borrar la búsqueda',
  'Esc clear': 'Esc borrar',
  'delete a letter': 'borrar una letra',
  'guide list': 'lista de guías',
  'b guides': 'b guías',
  'more keys': 'más teclas',
  '↑↓ scroll': '↑↓ desplazar',
  'back up the keys': 'subir en la lista de teclas',
  'this help': 'esta ayuda',
  quit: 'salir',
  'q quit': 'q salir',
  'suspend (fg comes back)': 'suspender (fg para volver)',
  'C-c quit': 'C-c salir',
  suspend: 'suspender',
  next: 'siguiente',
  '↓ next': '↓ siguiente',
  '↓ next result': '↓ siguiente',
  previous: 'anterior',
  first: 'primero',
  last: 'último',
  open: 'abrir',
  'Enter open': 'Enter abrir',
  'search every guide': 'buscar en todas las guías',
  '/ search every guide': '/ buscar en las guías',
  'close the search': 'cerrar la búsqueda',
  'Esc close the search': 'Esc cerrar búsqueda',
  'warning: {item}': 'advertencia: {item}',
  'your current choice': 'su elección actual',
  'in {place}': 'en {place}',
  'sub-steps hidden': 'subpasos ocultos',
  '{count} more above': '{count} más arriba',
  '{count} more below': '{count} más abajo',
  'Note saved.': 'Nota guardada.',
  'This item has no notes: press n to write one.':
    'Este elemento no tiene notas: pulse n para escribir una.',
  'This item has no links to open.': 'Este elemento no tiene enlaces para abrir.',
  'Not opened: stepwise opens web and mail addresses only ({address}).':
    'No se abrió: stepwise solo abre direcciones web y de correo ({address}).',
  'Nothing to copy here: select a step, a question or a tip.':
    'Aquí no hay nada que copiar: seleccione un paso, una pregunta o un consejo.',
  'Progress on this guide was reset; your notes are kept.':
    'Se reinició el progreso de esta guía; sus notas se conservan.',
  'Progress on this guide was reset.': 'Se reinició el progreso de esta guía.',
  'Note deleted.': 'Nota borrada.',
  ', with its {count} sub-steps': {
    one: ', con su {count} subpaso',
    other: ', con sus {count} subpasos',
  },
  '{item}: marked done{with}.': '{item}: marcado como hecho{with}.',
  '{item}: marked not done{with}.': '{item}: marcado como no hecho{with}.',
  'No route chosen: every step counts.': 'No hay ruta elegida: cuentan todos los pasos.',
  'Route chosen: {route}.': 'Ruta elegida: {route}.',
  'Next: {item}, in {pane}.': 'Siguiente: {item}, en {pane}.',
  'Showing: {item}, in {pane}.': 'Se muestra: {item}, en {pane}.',
  'Progress kept.': 'Progreso conservado.',
  'Note not saved.': 'No se guardó la nota.',
  'Notes kept.': 'Notas conservadas.',
  'Pasted text is only used in the search box (press / first) or a note (n).':
    'El texto pegado solo se usa en el cuadro de búsqueda (pulse / primero) o en una nota (n).',
  'the guide\'s id changed from "{old}" to "{new}": open it again to use it (showing the last version)':
    'el id de la guía cambió de "{old}" a "{new}": vuelva a abrirla para usarla (se muestra la última versión)',
  'new {items}': 'elementos nuevos ({items})',
  '{count} items removed': {
    one: '{count} elemento eliminado',
    other: '{count} elementos eliminados',
  },
  'The guide changed: {changes}.': 'La guía cambió: {changes}.',
  'Welcome back - {done}, last here {when}.':
    'Hola de nuevo. Lleva {done}; su última visita fue {when}.',
  'Everything is done.': 'Todo está hecho.',
  Progress: 'Progreso',
  'stepwise: choose a guide, {count} guides': {
    one: 'stepwise: elija una guía, {count} disponible',
    other: 'stepwise: elija una guía, {count} disponibles',
  },
  'Search every guide:': 'Buscar en todas las guías:',
  'every guide': 'todas las guías',
  '{count} found': 'resultados: {count}',
  'Nothing in any guide matches "{query}".': 'Ninguna guía tiene nada que coincida con "{query}".',
  '{title}, {kind} in {guide}': '{title}, {kind} en {guide}',
  'choose a guide ({count})': 'elija una guía ({count})',
  'in a guide, b comes back here': 'en una guía, b vuelve aquí',
  'Keys (? or Esc to close)': 'Teclas (? o Esc para cerrar)',
  '↓ more below (↑↓ to scroll)': '↓ hay más abajo (↑↓ para desplazar)',
  'More above: Up scrolls back.': 'Hay más arriba: flecha arriba para volver.',
  'More below: Down scrolls on.': 'Hay más abajo: flecha abajo para seguir.',
  '? help': '? ayuda',
  'lines {from}-{to} of {count}': 'líneas {from}-{to} de {count}',
  'Terminal too small: need {need}, have {have}':
    'Terminal demasiado pequeña: se necesita {need}; la actual mide {have}',
  'Make the window larger, or press q to quit.': 'Agrande la ventana o pulse q para salir.',
  'this config folder was made on another computer (copied, or restored from a backup), so this computer syncs as a new device':
    'esta carpeta de configuración se creó en otra computadora (se copió o se restauró desde una copia de seguridad), así que esta computadora se sincroniza como un dispositivo nuevo',
  'the progress file is busy: another copy of stepwise held it for {value} s':
    'el archivo de progreso está ocupado: otra copia de stepwise lo tuvo bloqueado durante {value} s',
  'this is a binary file, not a Markdown guide':
    'este es un archivo binario, no una guía en Markdown',
  'the file is not valid UTF-8 text: save it as UTF-8':
    'el archivo no es texto UTF-8 válido: guárdelo como UTF-8',
  'file not found: check the path, or run "stepwise list"':
    'no se encontró el archivo: compruebe la ruta del archivo o ejecute "stepwise list"',
  'this is a folder, not a guide file: name a .md file inside it':
    'esta es una carpeta, no un archivo de guía: indique un archivo .md que esté dentro de ella',
  'this is not a regular file (a device, a pipe or a socket): name a .md file':
    'este no es un archivo normal (es un dispositivo, una canalización o un socket): indique un archivo .md',
  'the file {problem}': 'el archivo {problem}',
  'permission denied: the file cannot be read': 'permiso denegado: no se puede leer el archivo',
  'no guide with id "{id}"': 'no existe ninguna guía con el id "{id}"',
  '(known: {ids})': '(disponibles: {ids})',
  'pass a file path or run "stepwise list"':
    'indique la ruta de un archivo o ejecute "stepwise list"',
  'the input is too large (more than {value} MB)':
    'la entrada es demasiado grande (más de {value} MB)',
  'the guide is too costly to read: parsing it {why}. No real guide costs this much (a real one of 20,000 steps takes a few seconds): split or simplify it':
    'leer la guía cuesta demasiado: el análisis {why}. Ninguna guía real cuesta tanto (una real de 20,000 pasos tarda unos segundos): divídala o simplifíquela',
  'was stopped': 'se detuvo',
  'took longer than {value} s': 'tardó más de {value} s',
  'could not start ({message})': 'no pudo iniciarse ({message})',
  'needed more than {PARSE_MEMORY_MB} MB of memory':
    'necesitó más de {PARSE_MEMORY_MB} MB de memoria',
  'stopped before it finished': 'se detuvo antes de terminar',
  'progress would grow past {value} MB, more than stepwise reads back: delete some notes first':
    'el progreso superaría los {value} MB, más de lo que stepwise puede volver a leer: primero borre algunas notas',
  'the progress would not read back ({reason})':
    'el progreso no se podría volver a leer ({reason})',
  'is empty': 'está vacío',
  'is not valid JSON': 'no es JSON válido',
  '{path} is a link to {target}, which does not exist: remove the link, or make what it points to':
    '{path} es un enlace a {target}, que no existe: quite el enlace o cree aquello a lo que apunta',
  'progress is kept in memory only': 'el progreso solo se guarda en la memoria',
  'Saved progress {reason}: it is left as it is, and nothing will be saved this time.':
    'El progreso guardado {reason}: se deja como está y esta vez no se guardará nada.',
  'Saved progress {reason}: it is left as it is; the next command that saves progress will move it aside.':
    'El progreso guardado {reason}: se deja como está; el próximo comando que guarde progreso lo apartará.',
  'Saved progress {reason}: it is left as it is until something is saved (a mark, a note, or your place after a pause), which moves it aside as {value}.corrupt-<time> and starts fresh.':
    'El progreso guardado {reason}: se deja como está hasta que se guarde algo (una marca, una nota o el punto donde se quedó tras una pausa); entonces se aparta como {value}.corrupt-<time> y se empieza de cero.',
  'Saved progress {reason}: moved it to {aside} and started fresh.':
    'El progreso guardado {reason}: se movió a {aside} y se empezó de cero.',
  'Saved progress {reason} and could not be moved aside: progress will not be saved.':
    'El progreso guardado {reason} y no se pudo apartar: el progreso no se guardará.',
  ' (the file as it was is in {copy})': ' (hay una copia del archivo tal como estaba en {copy})',
  'Cannot write {path} ({code}): progress will not be saved.':
    'No se puede escribir {path} ({code}): el progreso no se guardará.',
  'could not save yet: starting up': 'aún no se pudo guardar: se está iniciando',
  'the saved progress {reason}': 'el progreso guardado {reason}',
  'could not save: {message}': 'no se pudo guardar: {message}',
  'is not a regular file (a device, a pipe or a socket)':
    'no es un archivo normal (es un dispositivo, una canalización o un socket)',
  'is too large ({value}; at most {value2} MB)':
    'es demasiado grande ({value}; como máximo {value2} MB)',
  'does not exist': 'no existe',
  'cannot be read ({value})': 'no se puede leer ({value})',
  'is a link to a folder': 'es un enlace a una carpeta',
  '{file}: ignored {settings}; see "stepwise config list"':
    '{file}: ajustes ignorados: {settings}; vea "stepwise config list"',
  '{setting}, which is not valid': '{setting}, que no es válido',
  '{problem}; using defaults': '{problem}; se usan los valores predeterminados',
  'is not valid JSON; using defaults (fix it, or set a value to start it again)':
    'no es JSON válido; se usan los valores predeterminados (corríjalo, o establezca un valor para crearlo de nuevo)',
  'is empty (still being synced?)': 'está vacío (¿aún se está sincronizando?)',
  'is not valid JSON (cut short, or still being synced?)':
    'no es JSON válido (¿quedó incompleto o aún se está sincronizando?)',
  "{count} changes are stamped more than {days} days ahead of this computer's clock: set aside until that computer saves a change with its clock right (it stamps them again then), or this clock reaches them":
    {
      one: '{count} cambio tiene una marca de tiempo de más de {days} días por delante del reloj de esta computadora: se deja aparte hasta que esa computadora guarde un cambio con el reloj en hora (entonces actualiza las marcas de tiempo) o hasta que este reloj llegue a esa fecha',
      other:
        '{count} cambios tienen una marca de tiempo de más de {days} días por delante del reloj de esta computadora: se dejan aparte hasta que esa computadora guarde un cambio con el reloj en hora (entonces actualiza las marcas de tiempo) o hasta que este reloj llegue a esa fecha',
    },
  'is not a folder': 'no es una carpeta',
  'is not downloaded yet (a placeholder of the sync tool)':
    'aún no se ha descargado (es un marcador de posición de la herramienta de sincronización)',
  'holds {length} device files: only the first {MAX_FILES} were read':
    'contiene {length} archivos de dispositivos: solo se leyeron los primeros {MAX_FILES}',
  'it would be larger than {value} MB, more than any computer reads':
    'ocuparía más de {value} MB, más de lo que cualquier computadora leería',
  'another computer writes to the sync folder as this device ({id})':
    'otra computadora escribe en la carpeta de sincronización como si fuera este dispositivo ({id})',
  '{reason}, so this computer now syncs as a new device':
    '{reason}, así que esta computadora ahora se sincroniza como un dispositivo nuevo',
  '{reason}: the next change made here takes a new device id':
    '{reason}: el próximo cambio que se haga aquí usará un nuevo id de dispositivo',
  'it does not exist now: a drive not mounted?': 'ahora no existe: ¿una unidad sin montar?',
  'saved on this computer, but not in the sync folder {folder} ({problem}); it goes there with the next change, or with "stepwise sync"':
    'se guardó en esta computadora, pero no en la carpeta de sincronización {folder} ({problem}); se guardará allí con el próximo cambio o con "stepwise sync"',
  'no program to open it with ({command} is not installed; set BROWSER)':
    'no hay ningún programa para abrirlo ({command} no está instalado; defina BROWSER)',
  '{command} failed ({value})': '{command} falló ({value})',
  'cannot be read': 'no se puede leer',
  '(showing the last good version)': '(se muestra la última versión correcta)',
  'name a setting': 'indique un ajuste',
  'no setting "{name}"': 'no existe el ajuste "{name}"',
  '(settings: {settings})': '(ajustes: {settings})',
  'no public holidays are known for "{code}": use auto, or one of these codes:':
    'no se conocen días festivos para "{code}": use auto o uno de estos códigos:',
  '{folder} is not a folder': '{folder} no es una carpeta',
  'cannot use {folder} ({code}): check that it is a folder you can write to':
    'no se puede usar {folder} ({code}): compruebe que sea una carpeta en la que pueda escribir',
  'Kept a copy of the progress synced through {folder} on this computer.':
    'Se guardó en esta computadora una copia del progreso sincronizado a través de {folder}.',
  'Your progress is merged into {folder}, with {count} other devices seen there. Set the same folder on your other computers.':
    {
      one: 'Su progreso se combinó en {folder}, donde se ha visto {count} dispositivo más. Configure la misma carpeta en sus otras computadoras.',
      other:
        'Su progreso se combinó en {folder}, donde se han visto {count} dispositivos más. Configure la misma carpeta en sus otras computadoras.',
    },
  'Your progress is merged into {folder}. Set the same folder on your other computers.':
    'Su progreso se combinó en {folder}. Configure la misma carpeta en sus otras computadoras.',
  'values: {values}': 'valores: {values}',
  'give one value: {values}': 'indique un valor: {values}',
  'name a folder (or off)': 'indique una carpeta (u off)',
  'cannot write {file} ({code}): check the folder is writable':
    'no se puede escribir {file} ({code}): compruebe que la carpeta permita escribir en ella',
  'say what to do': 'indique qué hacer',
  'unknown action "{action}"': 'acción desconocida: "{action}"',
  '(actions: {actions})': '(acciones: {actions})',
  'name one article file, or - to read standard input':
    'indique un archivo de artículo, o - para leer la entrada estándar',
  'warning: {message}': 'advertencia: {message}',
  'it would be larger than {size} MB': 'ocuparía más de {size} MB',
  'the guide made from {file} could not be opened ({problem}); nothing written':
    'no se pudo abrir la guía creada a partir de {file} ({problem}); no se escribió nada',
  'already exists: choose another name, or remove it first':
    'ya existe: elija otro nombre o elimínelo primero',
  'cannot write {file} ({code})': 'no se puede escribir {file} ({code})',
  'Wrote {file}: check it with "stepwise lint {file}"':
    'Se guardó {file}: revíselo con "stepwise lint {file}"',
  'FAQ "{question}" has no keywords: people may also type {words}; add the ones that fit, e.g. <!-- keywords: [{some}] -->':
    'la pregunta frecuente "{question}" no tiene palabras clave: es posible que la gente también escriba {words}; agregue las que correspondan, p. ej., <!-- keywords: [{some}] -->',
  'the id "{id}" is already used by {file}: give this guide another id in its front matter':
    'el id "{id}" ya lo usa {file}: asigne otro id a esta guía en su front matter',
  '{files} checked: {errors}, {warnings}': 'Revisión de {files}: {errors}, {warnings}',
  '{count} files': { one: '{count} archivo', other: '{count} archivos' },
  '{count} errors': { one: '{count} error', other: '{count} errores' },
  '{count} warnings': { one: '{count} advertencia', other: '{count} advertencias' },
  'no guide files found': 'no se encontraron archivos de guía',
  'Sync is set to {folder}, but not used: {problem}.':
    'La sincronización está configurada en {folder}, pero no se usa: {problem}.',
  'Sync is off: progress is kept on this computer only. Turn it on with "stepwise config set sync-dir <folder>", a folder your sync tool shares (see "Progress on every machine" in the README).':
    'La sincronización está desactivada: el progreso solo se guarda en esta computadora. Actívela con "stepwise config set sync-dir <carpeta>", indicando una carpeta que comparta su herramienta de sincronización (vea la sección "Progress on every machine" del README, en inglés).',
  'Sync folder: {folder}': 'Carpeta de sincronización: {folder}',
  'This computer: {name} (device {id})': 'Esta computadora: {name} (dispositivo {id})',
  'The folder {problem}: progress is kept on this computer until it is back.':
    'La carpeta {problem}: el progreso se guarda en esta computadora hasta que vuelva a estar disponible.',
  'No device has written there yet.': 'Aún no ha escrito allí ningún dispositivo.',
  'Devices seen:': 'Dispositivos vistos:',
  'this computer': 'esta computadora',
  unnamed: 'sin nombre',
  'last wrote {time}': 'última escritura: {time}',
  'never said when': 'no indicó cuándo',
  '{count} conflict copies merged': {
    one: '{count} copia en conflicto combinada',
    other: '{count} copias en conflicto combinadas',
  },
  'The folder {problem}.': 'La carpeta {problem}.',
  'Files left as they were:': 'Archivos que se dejaron como estaban:',
  "Wrote this computer's file to the folder again.":
    'Se volvió a escribir en la carpeta el archivo de esta computadora.',
  'not syncing: {problem} ("stepwise config set sync-dir <folder>")':
    'no se sincroniza: {problem} ("stepwise config set sync-dir <carpeta>")',
  'the sync folder {folder} {problem}: progress is kept on this computer until it can be read':
    'la carpeta de sincronización {folder} {problem}: el progreso se guarda en esta computadora hasta que se pueda leer',
  'the sync folder {folder} {problem}': 'la carpeta de sincronización {folder} {problem}',
  'in the sync folder, {file} {problem}: left as it is':
    'en la carpeta de sincronización, {file} {problem}: se deja como está',
  'This terminal cannot set the clipboard (no OSC 52): select the text with the mouse instead.':
    'Esta terminal no puede usar el portapapeles (no admite OSC 52): seleccione el texto con el mouse.',
  'Copied "{item}" to the clipboard (inside tmux this needs: set -g set-clipboard on).':
    'Se copió "{item}" al portapapeles (dentro de tmux se necesita: set -g set-clipboard on).',
  'Copied "{item}" to the clipboard.': 'Se copió "{item}" al portapapeles.',
  'not started': 'sin empezar',
  'Opening {address} …': 'Abriendo {address} …',
  'Could not open {address}: {problem}.': 'No se pudo abrir {address}: {problem}.',
  'some of your changes were not saved ({problem}); they are lost':
    'algunos de sus cambios no se guardaron ({problem}); se perdieron',
  'STEPWISE_COUNTRY="{value}" is not a two-letter country code (such as GB): ignored':
    'STEPWISE_COUNTRY="{value}" no es un código de país de dos letras (como GB): se ignora',
  'STEPWISE_COUNTRY="{value}": no public holidays are known for it, so business days skip weekends only (see "stepwise config set country")':
    'STEPWISE_COUNTRY="{value}": no se conocen días festivos para ese país, así que los días hábiles solo excluyen los fines de semana (vea "stepwise config set country")',
  '{folder} is a system folder, not one your sync tool shares':
    '{folder} es una carpeta del sistema, no una que comparta su herramienta de sincronización',
  "{folder} holds stepwise's config folder ({config}): choose a folder of its own, such as ~/Sync/stepwise":
    '{folder} contiene la carpeta de configuración de stepwise ({config}): elija una carpeta solo para esto, como ~/Sync/stepwise',
  "{folder} is inside stepwise's config folder ({config}), which must stay on this computer: choose a folder your sync tool shares, such as ~/Sync/stepwise":
    '{folder} está dentro de la carpeta de configuración de stepwise ({config}), que debe quedarse en esta computadora: elija una carpeta que comparta su herramienta de sincronización, como ~/Sync/stepwise',
  'must not be empty': 'no debe estar vacío',
  'must be a two-letter language code such as "es"':
    'debe ser un código de idioma de dos letras, como "es"',
  'route ids must be slugs': 'los id de ruta deben ser slugs',
  'a mapping of "key: value" lines': 'un mapeo de líneas "key: value"',
  'a list': 'una lista',
  text: 'texto',
  'must be {what}': 'debe ser {what}',
  'must be one of {values}': 'debe ser uno de estos valores: {values}',
  'must be text or a list of text': 'debe ser texto o una lista de textos',
  'invalid front matter: it is nested too deeply to read (lists or mappings inside each other thousands of times): front matter holds a few plain keys':
    'front matter no válido: tiene demasiados niveles de anidación para leerlo (listas o mapeos unos dentro de otros miles de veces): el front matter contiene unas pocas claves simples',
  'missing front matter: start the file with a "---" line, then "id:" and "title:", then "---"':
    'falta el front matter: empiece el archivo con una línea "---", luego "id:" y "title:", y después "---"',
  'front matter is not closed: add a "---" line after it':
    'el front matter no está cerrado: agregue una línea "---" después de él',
  'the key "__proto__" is not allowed: ids and route ids are slugs that start with a letter or digit':
    'la clave "__proto__" no está permitida: los id y los id de ruta son slugs que empiezan con una letra o un dígito',
  'invalid front matter: {problem}': 'front matter no válido: {problem}',
  'unknown front matter key "{unknown}" (known: id, title, summary, disclaimer, language, routes)':
    'clave desconocida en el front matter: "{unknown}" (claves válidas: id, title, summary, disclaimer, language, routes)',
  'front matter must be a YAML mapping of key: value lines':
    'el front matter debe ser un mapeo YAML de líneas key: value',
  'front matter is missing "{key}"': 'al front matter le falta "{key}"',
  'front matter "{key}": {problem}': '"{key}" en el front matter: {problem}',
  'must be a slug: lower-case letters, digits, ".", "_" or "-", starting with a letter or digit':
    'debe ser un slug: letras minúsculas, dígitos, ".", "_" o "-", y empezar con una letra o un dígito',
  'must be the id of a step or sub-step, such as "call-them"':
    'debe ser el id de un paso o subpaso, como "call-them"',
  'must be ids of steps or sub-steps, such as [letter-came]':
    'debe ser una lista de id de pasos o subpasos, como [letter-came]',
  'must be the id of a step or sub-step, such as "letter-came"':
    'debe ser el id de un paso o subpaso, como "letter-came"',
  '"{key}" does not apply to a step': '"{key}" no se aplica a un paso',
  '"{key}" does not apply to a sub-step': '"{key}" no se aplica a un subpaso',
  '"{key}" does not apply to a tip': '"{key}" no se aplica a un consejo',
  '"{key}" does not apply to a FAQ': '"{key}" no se aplica a una pregunta frecuente',
  'nested too deeply: at most {MAX_NESTING} levels of quotes, lists or emphasis':
    'demasiados niveles de anidación: como máximo {MAX_NESTING} niveles de citas, listas o énfasis',
  'too many headings ({length}): a guide has at most {value} steps, sub-steps, tips and questions':
    'demasiados encabezados ({length}): una guía tiene como máximo {value} pasos, subpasos, consejos y preguntas',
  'a table row with more than {MAX_CELLS} cells: split the table':
    'una fila de tabla con más de {MAX_CELLS} celdas: divida la tabla',
  'a paragraph, list item or table row longer than {value} characters: split it into several':
    'un párrafo, elemento de lista o fila de tabla de más de {value} caracteres: divídalo en varios',
  'more than {value} table cells in the guide: keep tables short, or split the guide':
    'más de {value} celdas de tabla en la guía: haga tablas más cortas o divida la guía',
  'more than {value} paragraphs, list items, table rows and headings: split the guide into several':
    'más de {value} párrafos, elementos de lista, filas de tabla y encabezados: divida la guía en varias',
  'unknown section "{title}": use "## Steps", "## Tips" or "## FAQ"':
    'sección desconocida "{title}": use "## Steps", "## Tips" o "## FAQ"',
  '"#### {title}" is a sub-step heading, but it is not under a step in "## Steps"':
    '"#### {title}" es un encabezado de subpaso, pero no está debajo de un paso en "## Steps"',
  '"### {title}" is not inside a "## Steps", "## Tips" or "## FAQ" section':
    '"### {title}" no está dentro de una sección "## Steps", "## Tips" o "## FAQ"',
  'sub-step "{title}" comes before any step: add a "### " step heading above it':
    'el subpaso "{title}" aparece antes de cualquier paso: agregue encima un encabezado de paso "### "',
  'heading has no text': 'el encabezado no tiene texto',
  'text before the first "### " heading of this section is not shown; move it under a heading':
    'el texto anterior al primer encabezado "### " de esta sección no se muestra; muévalo debajo de un encabezado',
  'text outside the Steps, Tips and FAQ sections is not shown; put an introduction in "summary"':
    'el texto fuera de las secciones Steps, Tips y FAQ no se muestra; ponga una introducción en "summary"',
  'the guide has no steps: add "## Steps" with "### " step headings':
    'la guía no tiene pasos: agregue "## Steps" con encabezados de paso "### "',
  'metadata comment is nested too deeply to read: it holds an id and a few keywords':
    'el comentario de metadatos tiene demasiados niveles de anidación para leerlo: solo contiene un id y unas pocas palabras clave',
  'metadata comment is not valid YAML: {value}':
    'el comentario de metadatos no es YAML válido: {value}',
  'unknown metadata keys {keys}': {
    one: 'clave de metadatos desconocida: {keys}',
    other: 'claves de metadatos desconocidas: {keys}',
  },
  'metadata "{key}": {problem}': '"{key}" en los metadatos: {problem}',
  '(allowed here: {keys})': '(permitidas aquí: {keys})',
  'duplicate id "{id}" (first used on line {first}): give one of them an explicit id, e.g. <!-- id: {id}-2 -->':
    'id duplicado "{id}" (se usó por primera vez en la línea {first}): asigne un id explícito a uno de ellos, p. ej., <!-- id: {id}-2 -->',
  '"then: {then}" needs a "wait" to follow': '"then: {then}" necesita un "wait" al que seguir',
  '"until" needs a "wait" to end': '"until" necesita un "wait" al que poner fin',
  '"expect" needs a "wait"': '"expect" necesita un "wait"',
  'unknown route "{route}": declare routes in the front matter, e.g. routes: { {route}: ... }':
    'ruta desconocida "{route}": declare las rutas en el front matter, p. ej., routes: { {route}: ... }',
  'unknown route "{route}" (declared routes: {value})':
    'ruta desconocida "{route}" (rutas declaradas: {value})',
  'sub-step "{title}" has no text': 'el subpaso "{title}" no tiene texto',
  'tip "{title}" has no text': 'el consejo "{title}" no tiene texto',
  'FAQ "{title}" has no answer: write it below the question':
    'la pregunta frecuente "{title}" no tiene respuesta: escríbala debajo de la pregunta',
  'FAQ "{title}" has no keywords: add words people might type for it, e.g. <!-- keywords: [word, other word] -->':
    'la pregunta frecuente "{title}" no tiene palabras clave: agregue palabras que la gente podría escribir para buscarla, p. ej., <!-- keywords: [palabra, otra palabra] -->',
  '"then: {then}" is not the id of a step or sub-step of this guide':
    '"then: {then}" no es el id de ningún paso ni subpaso de esta guía',
  '"until: {until}" is not the id of a step or sub-step of this guide':
    '"until: {until}" no es el id de ningún paso ni subpaso de esta guía',
  'step "{title}" has no text and no sub-steps': 'el paso "{title}" no tiene texto ni subpasos',
  'malformed wait "{text}": write it like "5-10 business days", "3 days" or "1-2 weeks"':
    '"wait" no válido ("{text}"): escríbalo como "5-10 business days", "3 days" o "1-2 weeks"',
  'malformed wait "{text}": the first number must not be larger than the second':
    '"wait" no válido ("{text}"): el primer número no debe ser mayor que el segundo',
  'whose public holidays business-day waits skip ("auto": from the locale, as en_US is US)':
    'el país cuyos días festivos no cuentan en las esperas de días hábiles ("auto": según la configuración regional; en_US es EE. UU.)',
  'auto, or a two-letter country code such as US, GB, DE or FR':
    'auto, o un código de país de dos letras, como US, GB, DE o FR',
  'the symbols drawn ("auto": ASCII when the locale is not UTF-8)':
    'los símbolos que se dibujan ("auto": ASCII si la configuración regional no es UTF-8)',
  'auto, unicode or ascii': 'auto, unicode o ascii',
  'colours for a dark or a light background ("auto": ask the terminal, else dark)':
    'colores para un fondo oscuro o claro ("auto": se lo pregunta a la terminal; si no, oscuro)',
  'auto, dark or light': 'auto, dark o light',
  'clicks and the wheel in the app (off: the terminal selects text as usual)':
    'clics y rueda del mouse en la aplicación (off: la terminal selecciona texto como siempre)',
  'on or off': 'on u off',
  'plain lines with every state in words, for a screen reader or a braille display':
    'líneas simples, con cada estado en palabras, para un lector de pantalla o una pantalla braille',
  'the language of the interface and of guides that have a translation ("auto": from the locale, as es_US is Spanish)':
    'el idioma de la interfaz y de las guías que tengan traducción ("auto": según la configuración regional; es_US es español)',
  'auto, en or es': 'auto, en o es',
  'a folder your sync tool (Syncthing, Dropbox, iCloud Drive, OneDrive, git) shares between your computers: progress is kept there':
    'una carpeta que su herramienta de sincronización (Syncthing, Dropbox, iCloud Drive, OneDrive, git) comparte entre sus computadoras: el progreso se guarda allí',
  'off, or a folder': 'off, o una carpeta',
  '"{value}" is not a valid value for {setting}: use {values}':
    '"{value}" no es un valor válido para {setting}: use {values}',
  warning: 'advertencia',
  chosen: 'elegida',
  Up: 'Arriba',
  Down: 'Abajo',
  Left: 'Izquierda',
  Right: 'Derecha',
  Control: 'Control',
  Shift: 'Mayús',
  'Page Down': 'Avanzar página',
  'Page Up': 'Retroceder página',
  Escape: 'Escape',
  or: 'o',
  '{done} of {count} done': '{done} de {count} hechos',
  'Progress changed on another device: {count} changes.': {
    one: 'El progreso cambió en otro dispositivo: {count} cambio.',
    other: 'El progreso cambió en otro dispositivo: {count} cambios.',
  },
  '(not translated yet)': '(aún sin traducir)',
  'the file, which is not a JSON object': 'el archivo, que no es un objeto JSON',
  'the {name} setting': 'el ajuste {name}',
  'the language (es_US is Spanish) when no setting names one; LC_ALL and LANG too':
    'el idioma (es_US es español) cuando ningún ajuste lo indica; también LC_ALL y LANG',
  'FAQ@@print heading': 'PREGUNTAS FRECUENTES',
  'FAQ@@result tag': 'pregunta',
  FAQS: 'PREGUNTAS',
  TITLE: 'TÍTULO',
  list: 'lista',
  listitem: 'elemento',
  tab: 'pestaña',
  tablist: 'pestañas',
  textbox: 'cuadro de texto',
  selected: 'seleccionado',
  checked: 'marcado',
  expanded: 'abierto',
  'The package is stepwise-guide; until it is on the npm registry, install it from a clone with npm pack (see the README).':
    'El paquete se llama stepwise-guide; mientras no esté en el registro de npm, instálelo desde un clon con npm pack (vea el README).',
  "would make the progress larger than any person's (more than {guides} guides or {marks} marks and notes): not merged":
    'haría el progreso más grande que el de cualquier persona (más de {guides} guías o {marks} marcas y notas): no se combinó',
  "the change would not read back ({value}): is the computer's clock right?":
    'el cambio no se podría volver a leer ({value}): ¿está bien la hora de la computadora?',
  'Saved progress has {count} unreadable entries ({first}): left out here, and left in the file.': {
    one: 'El progreso guardado tiene {count} entrada ilegible ({first}): se omite aquí y se deja en el archivo.',
    other:
      'El progreso guardado tiene {count} entradas ilegibles ({first}): se omiten aquí y se dejan en el archivo.',
  },
  'Saved progress had {count} unreadable entries ({first}): left out, the rest kept{kept}.': {
    one: 'El progreso guardado tenía {count} entrada ilegible ({first}): se omitió y se conservó el resto{kept}.',
    other:
      'El progreso guardado tenía {count} entradas ilegibles ({first}): se omitieron y se conservó el resto{kept}.',
  },
  '{count} unreadable entries left out ({first})': {
    one: 'se omitió {count} entrada ilegible ({first})',
    other: 'se omitieron {count} entradas ilegibles ({first})',
  },
  "this computer's sync record {file} {reason}: progress is read again from the sync folder, and the next change moves the record aside as {aside}":
    'el registro de sincronización de esta computadora, {file}, {reason}: el progreso se vuelve a leer de la carpeta de sincronización, y el próximo cambio mueve el registro a {aside}',
  'stepwise completion: name a shell: bash, zsh or fish':
    'stepwise completion: indique un shell: bash, zsh o fish',
  'Sync: {news}.': 'Sincronización: {news}.',
  '"{text}" looks like sub-step {number}, but there is no step {step}: kept as text':
    '"{text}" parece el subpaso {number}, pero no hay un paso {step}: se conserva como texto',
  'sub-step {number} is numbered for step {step} but stands under step {current}: added to step {current}':
    'el subpaso {number} está numerado para el paso {step}, pero está bajo el paso {current}: se agregó al paso {current}',
  'sub-step "{value}" comes before any step: kept in the summary':
    'el subpaso "{value}" aparece antes de cualquier paso: se conserva en el resumen',
  'a sub-step after the tips or FAQ: added to the last step':
    'un subpaso después de los consejos o de las preguntas frecuentes: se agregó al último paso',
  'tip without a "Label: text" form: its text became the title':
    'consejo sin la forma "Etiqueta: texto": su texto pasó a ser el título',
  'text before the first question: kept in the summary':
    'texto antes de la primera pregunta: se conserva en el resumen',
  'no steps found: an article needs lines like "Step 1: Title" (or "Step 1 - Title", "## Step 1 Title")':
    'no se encontraron pasos: un artículo necesita líneas como "Step 1: Title" (o "Step 1 - Title", "## Step 1 Title")',
  'no title line ("# Title"): using "{guideTitle}"; edit it in the front matter':
    'no hay línea de título ("# Title"): se usa "{guideTitle}"; cámbielo en el front matter',
  'question "{title}" has no answer in the article':
    'la pregunta "{title}" no tiene respuesta en el artículo',
  'the progress of "{value}" (not an object)': 'el progreso de "{value}" (no es un objeto)',
  'the marks of "{guide}" (not an object)': 'las marcas de "{guide}" (no es un objeto)',
  'the mark of "{value}" in "{guide}"': 'la marca de "{value}" en "{guide}"',
  'the route of "{guide}"': 'la ruta de "{guide}"',
  'the place in "{guide}"': 'el lugar en "{guide}"',
  'the item list of "{guide}"': 'la lista de elementos de "{guide}"',
  'a note in "{guide}"': 'una nota en "{guide}"',
  'the notes of "{guide}"': 'las notas de "{guide}"',
  'the "{key}" time of "{guide}"': 'la hora "{key}" de "{guide}"',
  'is not a JSON object': 'no es un objeto JSON',
  'was written by a newer stepwise (format {version}; this one reads up to {newest})':
    'lo escribió un stepwise más reciente (formato {version}; este lee hasta el {newest})',
  'has an unknown format version ({value})': 'tiene una versión de formato desconocida ({value})',
  'has no "guides" object': 'no tiene un objeto "guides"',
  'the progress of a guide with a malformed id': 'el progreso de una guía con un id mal formado',
  'the progress of {name}': 'el progreso de {name}',
  'the mark of "{value}" in {name}': 'la marca de "{value}" en {name}',
  'the marks of {name}': 'las marcas de {name}',
  'a note in {name}': 'una nota en {name}',
  'the notes of {name}': 'las notas de {name}',
  'the route of {name}': 'la ruta de {name}',
  'the progress (not an object)': 'el progreso (no es un objeto)',
  'is not a stepwise sync file': 'no es un archivo de sincronización de stepwise',
  'names no device': 'no indica ningún dispositivo',
  '{what} "{value}" is not a language stepwise speaks: use {languages}':
    '{what} "{value}" no es un idioma que stepwise hable: use {languages}',
};
