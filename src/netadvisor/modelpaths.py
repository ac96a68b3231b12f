"""Where a pydantic error location points in a model: the rule-file shapes and the case read their errors so."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, get_args, get_origin

from pydantic import BaseModel


def inner_model(annotation: Any) -> type[BaseModel] | None:
    """The model a field holds: itself, or inside Optional / list / dict."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in get_args(annotation):
        found = inner_model(arg)
        if found:
            return found
    return None


def model_at(root: type[BaseModel], loc: Sequence[Any]) -> type[BaseModel] | None:
    """The model found at a pydantic error location (list indexes and free dict keys skipped)."""
    model = root
    free_key = False
    for part in loc:
        if isinstance(part, int):
            continue
        if free_key:  # the name of a policy value or decision
            free_key = False
            continue
        info = next((info for name, info in model.model_fields.items() if part in (name, info.alias)), None)
        nested = inner_model(info.annotation) if info else None
        if info is None or nested is None:
            return None
        free_key = get_origin(info.annotation) is dict or any(
            get_origin(arg) is dict for arg in get_args(info.annotation)
        )
        model = nested
    return model
