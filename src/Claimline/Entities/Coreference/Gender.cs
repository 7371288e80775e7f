namespace Claimline.Entities.Coreference;

/// <summary>What a pronoun or a person's name says about gender; <see cref="Unknown"/> agrees with both.</summary>
public enum Gender : byte
{
    Unknown,
    Male,
    Female,
}
