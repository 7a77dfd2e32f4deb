/** Small helpers every projection's fold uses. */
export const at = (iso: string) => new Date(iso);
export const make = <Row extends object>(type: new () => Row, values: Row): Row => Object.assign(new type(), values);
