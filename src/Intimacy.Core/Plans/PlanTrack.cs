namespace Intimacy.Core.Plans;

/// <summary>Where in a plan an item sits.</summary>
public enum PlanTrack
{
    /// <summary>The urgent lane: critical safety items, first of all.</summary>
    Urgent,

    /// <summary>A phase of the staged self-guided work, in stage order.</summary>
    Phase,

    /// <summary>The support track: professional, medical and resource routes, by priority.</summary>
    Support,
}
