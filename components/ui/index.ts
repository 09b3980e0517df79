// Primitives used by every surface. No domain words, no lib/ imports: strings arrive as
// props, already translated by the caller.
export { Badge } from "./badge";
export { Button, buttonClasses, type ButtonProps, type ButtonSize, type ButtonVariant } from "./button";
export { Card } from "./card";
export { cn } from "./cn";
export { ConfirmDialog, Dialog } from "./dialog";
export { EmptyState } from "./empty-state";
export { Field } from "./field";
export { focusRing, focusRingInset, focusRingOnDark } from "./focus-ring";
export { Input, Label, Select, Textarea } from "./form-controls";
export { LoadingRegion, Skeleton } from "./skeleton";
export { NavLink } from "./nav-link";
export { Spinner } from "./spinner";
export { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "./table";
export { ToastProvider, useToast, type ToastInput } from "./toast";
export { type Tone } from "./tone";
export { SkipLink, VisuallyHidden } from "./visually-hidden";

